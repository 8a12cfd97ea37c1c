import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { ChartList } from './ChartList';
import type { ChartSummary } from './types';

export interface OpenChart {
  id: string;
  caseId: string;
  name: string;
  version: number;
}

interface Props {
  /** Cases the chart may be saved to (the page's case first). */
  cases: string[];
  caseLabel: (id: string) => string;
  open: OpenChart | null;
  busy: boolean;
  error: unknown;
  /** After each save, so the list of charts is read again. */
  tick: number;
  /** `asNew`: a new chart even when one is open. */
  onSave: (caseId: string, name: string, asNew: boolean) => void;
  onOpen: (caseId: string, c: ChartSummary) => void;
}

/** Save the chart with a case (a new one, or the one open, by its version) and open saved charts. */
export function ChartPanel({ cases, caseLabel, open, busy, error, tick, onSave, onOpen }: Props) {
  const { t } = useI18n();
  const [caseId, setCaseId] = useState(open?.caseId ?? cases[0] ?? '');
  const [name, setName] = useState(open?.name ?? '');
  useEffect(() => {
    if (open) {
      setCaseId(open.caseId);
      setName(open.name);
    }
  }, [open?.id]);
  useEffect(() => {
    if (!caseId && cases[0]) setCaseId(cases[0]);
  }, [cases.join(',')]);
  const updating = Boolean(open && open.caseId === caseId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (caseId && name.trim()) onSave(caseId, name.trim(), false);
  };
  if (cases.length === 0) return <p className="muted" data-testid="graph-charts-no-case">{t('graph.charts.no_case')}</p>;
  return (
    <section className="stack-gap" data-testid="graph-charts">
      <h3>{t('graph.charts.title')}</h3>
      <form className="stack-gap" onSubmit={submit}>
        <label className="field">
          <span>{t('graph.charts.case')}</span>
          <select value={caseId} onChange={(e) => setCaseId(e.target.value)} data-testid="graph-chart-case">
            {cases.map((c) => (
              <option key={c} value={c}>
                {caseLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('graph.charts.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} data-testid="graph-chart-name" />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !name.trim()} data-testid="graph-chart-save">
            {updating ? t('graph.charts.update') : t('graph.charts.save')}
          </button>
          {updating && (
            <button type="button" disabled={busy || !name.trim()} onClick={() => onSave(caseId, name.trim(), true)} data-testid="graph-chart-save-new">
              {t('graph.charts.save_new')}
            </button>
          )}
        </div>
        <ProblemAlert error={error} />
      </form>
      {caseId && <ChartList caseId={caseId} tick={tick} openId={open?.id} onOpen={(c) => onOpen(caseId, c)} />}
    </section>
  );
}
