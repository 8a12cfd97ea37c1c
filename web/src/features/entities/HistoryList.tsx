import { useI18n } from '../../shared/useI18n';
import { PropertyValue } from './PropertyValue';
import { usePropertyLabel } from './display';
import type { RecordIndex } from './display';
import type { EntitySchemaDoc, HistoryEntry, PropertyChange } from './types';

interface Props {
  entries: HistoryEntry[];
  doc: EntitySchemaDoc;
  schema: string;
  caseId: string;
  records: RecordIndex;
}

/** Versions of a record, newest first: who, when, and per property what was added and removed. */
export function HistoryList({ entries, doc, schema, caseId, records }: Props) {
  const { t, formatDateTime } = useI18n();
  const propLabel = usePropertyLabel(doc, schema);
  const def = doc.schemata[schema];
  const values = (c: PropertyChange, list: string[] | undefined, sign: string, className: string) =>
    (list ?? []).map((v) => (
      <li key={`${sign}${v}`} className={className}>
        <span aria-hidden="true">{sign} </span>
        <span className="visually-hidden">{sign === '+' ? t('entities.history.added') : t('entities.history.removed')} </span>
        <PropertyValue caseId={caseId} def={def?.properties[c.property]} value={v} records={records} />
      </li>
    ));
  if (entries.length === 0) return <p className="muted">{t('entities.history.empty')}</p>;
  const sorted = [...entries].sort((a, b) => b.version - a.version);
  return (
    <ol className="history">
      {sorted.map((h) => (
        <li key={h.version} className="history-entry" data-testid="history-entry">
          <p className="history-head">
            <strong>{t('entities.history.version', { version: h.version })}</strong>{' '}
            <span className="muted">{t('entities.history.by', { by: h.changed_by, at: formatDateTime(h.at) })}</span>
          </p>
          {h.changes.length === 0 && <p className="muted">{t('entities.history.hidden')}</p>}
          <ul className="history-changes">
            {h.changes.map((c) =>
              c.property === '*' || c.deleted ? (
                <li key={c.property}>{t('entities.history.deleted')}</li>
              ) : (
                <li key={c.property}>
                  <span className="history-prop">{propLabel(c.property)}</span>
                  <ul className="history-values">
                    {values(c, c.added, '+', 'added')}
                    {values(c, c.removed, '−', 'removed')}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}
