import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from '../../shared/cursorStack';
import type { CursorStack } from '../../shared/cursorStack';
import { useLoad, useSessionState } from '../../shared/hooks';
import { Pager } from '../../shared/Pager';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listEntities } from './api';
import { EntityTable } from './EntityTable';
import { useMatchCounts } from './RecordMatches';
import { SchemaOptions } from './SchemaOptions';
import type { RecordIndex } from './display';
import type { EntitySchemaDoc } from './types';

export const PAGE_SIZE = 100;

interface Props {
  caseId: string;
  doc: EntitySchemaDoc;
  records: RecordIndex;
}

/** Container: the records of a case, filtered by schema, paged with next_cursor. */
export function EntityList({ caseId, doc, records }: Props) {
  const { t } = useI18n();
  const [schema, setSchema] = useSessionState<string>(`ariadne.entities.${caseId}.schema`, '');
  const [stack, setStack] = useSessionState<CursorStack>(`ariadne.entities.${caseId}.cursors`, FIRST_PAGE);
  const cursor = currentCursor(stack);
  const counts = useMatchCounts(caseId);
  // A cursor belongs to its query: a new filter starts again at the first page.
  const changeSchema = (next: string) => {
    setSchema(next);
    setStack(FIRST_PAGE);
  };
  const { data, error, loading } = useLoad(
    () => listEntities(caseId, { limit: PAGE_SIZE, cursor, schema: schema || undefined }),
    [caseId, cursor, schema],
  );
  return (
    <div className="stack-gap" data-testid="entity-list">
      <div className="page-head">
        <h2>{t('entities.title')}</h2>
        <Permission anyOf={['case.update']}>
          <Link to={`/cases/${caseId}/people/new`} className="button primary" data-testid="entity-new">
            {t('entities.list.new')}
          </Link>
        </Permission>
      </div>
      <div className="filters" role="search">
        <label className="filter">
          <span>{t('entities.list.filter')}</span>
          <select value={schema} data-testid="entity-filter-schema" onChange={(e) => changeSchema(e.target.value)}>
            <option value="">{t('entities.list.all')}</option>
            <SchemaOptions doc={doc} />
          </select>
        </label>
      </div>
      <p className="muted" aria-live="polite" data-testid="entity-list-total">
        {loading ? t('app.loading') : data?.total !== undefined ? t('entities.list.total', { count: data.total }) : ''}
      </p>
      <ProblemAlert error={error} />
      <EntityTable rows={data?.items ?? []} doc={doc} records={records} counts={counts} />
      <Pager
        page={pageNumber(stack)}
        hasPrev={hasPrevious(stack)}
        hasNext={Boolean(data?.next_cursor) && !loading}
        onPrev={() => setStack(popCursor(stack))}
        onNext={() => data?.next_cursor && setStack(pushCursor(stack, data.next_cursor))}
        testIdPrefix="entity-list"
      />
    </div>
  );
}
