import { useI18n } from '../../shared/useI18n';
import { schemaGroups } from './schema';
import { useSchemaLabel } from './display';
import type { EntitySchemaDoc } from './types';

/** <option>s of every schema, records first, then relationships under their own group. */
export function SchemaOptions({ doc }: { doc: EntitySchemaDoc }) {
  const { t } = useI18n();
  const schemaLabel = useSchemaLabel(doc);
  const { things, relationships } = schemaGroups(doc);
  const group = (labelKey: string, names: string[]) =>
    names.length > 0 && (
      <optgroup label={t(labelKey)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {schemaLabel(n)}
          </option>
        ))}
      </optgroup>
    );
  return (
    <>
      {group('entities.list.records', things)}
      {group('entities.list.relationships', relationships)}
    </>
  );
}
