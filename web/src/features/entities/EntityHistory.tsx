import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { entityHistory } from './api';
import { HistoryList } from './HistoryList';
import type { RecordIndex } from './display';
import type { Entity, EntitySchemaDoc } from './types';

/** Container: the record's history, loaded again whenever the record gets a new version. */
export function EntityHistory({ e, doc, records }: { e: Entity; doc: EntitySchemaDoc; records: RecordIndex }) {
  const { t } = useI18n();
  const { data, error } = useLoad(() => entityHistory(e.case_id, e.id), [e.case_id, e.id, e.version]);
  return (
    <section className="stack-gap" data-testid="entity-history">
      <h3>{t('entities.history.title')}</h3>
      <ProblemAlert error={error} />
      {data ? (
        <HistoryList entries={data} doc={doc} schema={e.schema} caseId={e.case_id} records={records} />
      ) : (
        !error && <p className="loading">{t('app.loading')}</p>
      )}
    </section>
  );
}
