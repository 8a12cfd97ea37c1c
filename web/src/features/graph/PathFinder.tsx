import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../shared/useI18n';
import { PATH_MODE_KEYS, PATH_MODES } from './links';
import type { PathMode } from './types';

interface Props {
  /** The two nodes selected on the chart, in the order they were picked. */
  selected: string[];
  busy: boolean;
  onFind: (from: string, to: string, mode: PathMode) => void;
  onClear: () => void;
  hasResult: boolean;
}

/** From and to (filled from the first two selected nodes, or typed), shortest paths or all simple paths. */
export function PathFinder({ selected, busy, onFind, onClear, hasResult }: Props) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<PathMode>('k');
  const [a, b] = selected;
  useEffect(() => {
    if (a && b) {
      setFrom(a);
      setTo(b);
    }
  }, [a, b]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (from.trim() && to.trim()) onFind(from, to, mode);
  };
  return (
    <form className="stack-gap graph-paths" onSubmit={submit} data-testid="graph-path-form">
      <h3>{t('graph.paths.title')}</h3>
      <label className="field">
        <span>{t('graph.paths.from')}</span>
        <input value={from} onChange={(e) => setFrom(e.target.value)} data-testid="path-from" spellCheck={false} />
      </label>
      <label className="field">
        <span>{t('graph.paths.to')}</span>
        <input value={to} onChange={(e) => setTo(e.target.value)} data-testid="path-to" spellCheck={false} />
      </label>
      <label className="field">
        <span>{t('graph.paths.mode')}</span>
        <select value={mode} data-testid="path-mode" onChange={(e) => setMode(e.target.value === 'all' ? 'all' : 'k')}>
          {PATH_MODES.map((m) => (
            <option key={m} value={m}>
              {t(PATH_MODE_KEYS[m])}
            </option>
          ))}
        </select>
      </label>
      <p className="help">{t('graph.paths.help')}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !from.trim() || !to.trim()} data-testid="path-find">
          {t('graph.paths.find')}
        </button>
        {hasResult && (
          <button type="button" onClick={onClear} data-testid="path-clear">
            {t('buttons.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
