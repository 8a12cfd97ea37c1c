import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listAllEntities } from './api';
import { EntityCreate } from './EntityCreate';
import { EntityList } from './EntityList';
import { EntityPage } from './EntityPage';
import { indexRecords } from './display';
import { loadEntitySchema } from './schema';

interface Props {
  caseId: string;
  /** From the path /cases/{id}/people/{item}: a record id, `new`, or nothing for the list. */
  item?: string;
}

/**
 * Container of the case page's "people" tab: the schema document (fetched once) and every record
 * of the case (for record pickers and the names of linked records), then the list, the add form
 * or one record. Every record a list returns is audited as seen, so the whole set is loaded once
 * per visit of the tab and again only after a write, not on each move within the tab.
 */
export function EntitiesTab({ caseId, item }: Props) {
  const { t } = useI18n();
  const schema = useLoad(loadEntitySchema, []);
  const all = useLoad(() => listAllEntities(caseId), [caseId]);
  const search = useSearch();
  const doc = schema.data;
  if (schema.error) return <ProblemAlert error={schema.error} />;
  if (!doc) return <p className="loading">{t('app.loading')}</p>;
  const records = all.data ?? [];
  return (
    <div className="stack-gap" data-testid="case-people">
      <ProblemAlert error={all.error} />
      {item === 'new' ? (
        <EntityCreate key={search} caseId={caseId} doc={doc} records={records} onCreated={all.reload} search={search} />
      ) : item ? (
        <EntityPage key={item} caseId={caseId} id={item} doc={doc} records={records} onChanged={all.reload} />
      ) : (
        <EntityList caseId={caseId} doc={doc} records={indexRecords(records)} />
      )}
    </div>
  );
}
