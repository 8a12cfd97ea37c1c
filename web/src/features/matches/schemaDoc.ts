// The entity schema document (fetched once per page load by the entities feature), for the
// labels of schemata and properties; until it arrives, or if it fails, names stand for labels.
import { loadEntitySchema, useSchemaLabel } from '../entities';
import type { EntitySchemaDoc } from '../entities';
import { useLoad } from '../../shared/hooks';

const NO_DOC: EntitySchemaDoc = { version: 0, schemata: {} };

export function useSchemaDoc(): { doc: EntitySchemaDoc | undefined; schemaLabel: (schema: string) => string } {
  const { data } = useLoad(loadEntitySchema, []);
  const schemaLabel = useSchemaLabel(data ?? NO_DOC);
  return { doc: data, schemaLabel };
}
