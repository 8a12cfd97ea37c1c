import { useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../shared/useI18n';

interface Props {
  initial?: string;
  busy: boolean;
  /** Start a new chart from this id. */
  onStart: (id: string) => void;
  /** Add its neighbourhood to the chart there is. */
  onAdd?: (id: string) => void;
}

/** An entity, phone or account to start from: `e:<uuid>`, a bare uuid, `+77011234567`, `a:KZ86…`. */
export function GraphSearch({ initial = '', busy, onStart, onAdd }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const id = value.trim();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (id) onStart(id);
  };
  return (
    <form className="graph-search" onSubmit={submit} role="search">
      <label className="field">
        <span>{t('graph.search.label')}</span>
        <input
          type="search"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t('graph.search.placeholder')}
          data-testid="graph-search-input"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !id} data-testid="graph-search-go">
          {t('graph.search.go')}
        </button>
        {onAdd && (
          <button type="button" disabled={busy || !id} onClick={() => onAdd(id)} data-testid="graph-search-add">
            {t('graph.search.add')}
          </button>
        )}
      </div>
      <p className="help">{t('graph.search.help')}</p>
    </form>
  );
}
