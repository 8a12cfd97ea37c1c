import { useI18n } from '../../shared/useI18n';
import { COLUMN_KEYS, COLUMNS, TIME_FORMAT_KEYS } from './mappingForm';
import type { Mapping } from './types';

/** A saved mapping in a few lines: which header feeds which field. */
export function MappingSummary({ mapping }: { mapping: Mapping }) {
  const { t } = useI18n();
  const cols = (COLUMNS[mapping.kind] ?? []).filter((c) => mapping.columns?.[c]);
  return (
    <ul className="plain-list mapping-summary" data-testid="import-mapping-summary">
      {cols.map((c) => (
        <li key={c}>
          {t(COLUMN_KEYS[c])}: <span className="mono">{mapping.columns[c]}</span>
        </li>
      ))}
      {mapping.time_format && TIME_FORMAT_KEYS[mapping.time_format] && <li className="muted">{t(TIME_FORMAT_KEYS[mapping.time_format])}</li>}
    </ul>
  );
}
