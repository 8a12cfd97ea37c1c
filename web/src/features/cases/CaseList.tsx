import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from '../../shared/cursorStack';
import type { CursorStack } from '../../shared/cursorStack';
import { useDebounced, useLoad, useSessionState } from '../../shared/hooks';
import { Pager } from '../../shared/Pager';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listCases } from './api';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import type { CaseFilters as Filters, CaseSort } from './types';

export const PAGE_SIZE = 50;
const NO_FILTERS: Filters = { state: '', category: '', unit: '', q: '' };

/** Container: the case list, with filters, sort and cursor paging kept for the browser tab. */
export function CaseList() {
  const { t } = useI18n();
  const [filters, setFilters] = useSessionState<Filters>('ariadne.cases.filters', NO_FILTERS);
  const [sort, setSort] = useSessionState<CaseSort>('ariadne.cases.sort', '-updated_at');
  const [stack, setStack] = useSessionState<CursorStack>('ariadne.cases.cursors', FIRST_PAGE);
  const q = useDebounced(filters.q.trim(), 300);
  const cursor = currentCursor(stack);

  // Any change of what is listed starts again at the first page: a cursor belongs to its query.
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setStack(FIRST_PAGE);
  };
  const changeSort = (next: CaseSort) => {
    setSort(next);
    setStack(FIRST_PAGE);
  };

  const { data, error, loading } = useLoad(
    () => listCases({ limit: PAGE_SIZE, cursor, sort, state: filters.state, category: filters.category, unit: filters.unit, q }),
    [cursor, sort, filters.state, filters.category, filters.unit, q],
  );

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('cases.list.title')}</h1>
        <Permission anyOf={['case.create']}>
          <Link to="/cases/new" className="button primary" data-testid="case-new">
            {t('cases.list.new')}
          </Link>
        </Permission>
      </div>
      <CaseFilters filters={filters} sort={sort} onFilters={changeFilters} onSort={changeSort} />
      <p className="muted" aria-live="polite" data-testid="case-list-total">
        {loading ? t('app.loading') : data?.total !== undefined ? t('cases.list.total', { count: data.total }) : ''}
      </p>
      <ProblemAlert error={error} />
      <CaseTable rows={data?.items ?? []} sort={sort} onSort={changeSort} />
      <Pager
        page={pageNumber(stack)}
        hasPrev={hasPrevious(stack)}
        hasNext={Boolean(data?.next_cursor) && !loading}
        onPrev={() => setStack(popCursor(stack))}
        onNext={() => data?.next_cursor && setStack(pushCursor(stack, data.next_cursor))}
        testIdPrefix="case-list"
      />
    </section>
  );
}
