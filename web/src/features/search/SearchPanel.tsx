import { useLoad } from '../../shared/hooks';
import { navigate, usePathname, useSearch } from '../../shared/router';
import { searchRecords } from './api';
import { PAGE_SIZE, readParams, searchHref } from './display';
import { SearchForm } from './SearchForm';
import { SearchProblem } from './SearchProblem';
import { SearchResults } from './SearchResults';

/**
 * Container: the search box and its results. The query and the offset live in the address
 * (`?q=…&offset=…`), so a search can be linked, reloaded and gone back to. With `caseId` only
 * that case is searched (the case page's "search" tab); without, every case the user may see.
 */
export function SearchPanel({ caseId }: { caseId?: string }) {
  const pathname = usePathname();
  const { q, offset } = readParams(useSearch());
  const { data, error, loading } = useLoad(
    () => (q ? searchRecords({ q, case_id: caseId, limit: PAGE_SIZE, offset }) : Promise.resolve(undefined)),
    [q, caseId, offset],
  );
  const go = (nextQ: string, nextOffset = 0) => navigate(searchHref(pathname, nextQ, nextOffset));
  return (
    <div className="stack-gap" data-testid={caseId ? 'case-search' : 'search'}>
      <SearchForm key={q} initial={q} inCase={Boolean(caseId)} inputTestId={caseId ? 'case-search-input' : 'search-input'} onSearch={(text) => go(text)} />
      {q && !loading && error ? <SearchProblem error={error} /> : null}
      {q && (loading || !error) && (
        // While a new query runs, the old hits are not shown: they would answer another question.
        <SearchResults answer={loading ? undefined : data} loading={loading} offset={offset} limit={PAGE_SIZE} showCase={!caseId} onOffset={(o) => go(q, o)} />
      )}
    </div>
  );
}
