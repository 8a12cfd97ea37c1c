import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listMappings } from './api';
import { MappingSummary } from './MappingSummary';
import type { ImportKind } from './types';

interface Props {
  kind: ImportKind;
  value: string;
  onChange: (name: string) => void;
}

/** A mapping saved earlier for this kind of file, by name. */
export function SavedMappingSelect({ kind, value, onChange }: Props) {
  const { t } = useI18n();
  const list = useLoad(() => listMappings(kind), [kind]);
  const chosen = list.data?.find((m) => m.name === value);
  return (
    <div className="field">
      <label htmlFor="import-mapping-name">{t('imports.saved_mapping')}</label>
      <select id="import-mapping-name" value={value} onChange={(e) => onChange(e.target.value)} data-testid="import-mapping-name">
        <option value="">{t('forms.choose')}</option>
        {(list.data ?? []).map((m) => (
          <option key={m.name} value={m.name}>
            {m.name}
          </option>
        ))}
      </select>
      {list.data && list.data.length === 0 && <span className="help">{t('imports.no_saved')}</span>}
      <ProblemAlert error={list.error} />
      {chosen?.mapping && <MappingSummary mapping={chosen.mapping} />}
    </div>
  );
}
