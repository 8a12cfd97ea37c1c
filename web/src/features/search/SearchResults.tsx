import { Pager } from '../../shared/Pager';
import { useI18n } from '../../shared/useI18n';
import { SearchResult } from './SearchResult';
import type { SearchAnswer } from './types';

interface Props {
  answer: SearchAnswer | undefined;
  loading: boolean;
  offset: number;
  limit: number;
  /** Across cases each hit names its case; within one case that would repeat on every line. */
  showCase: boolean;
  onOffset: (offset: number) => void;
}

/** Presentational: how many hits, one page of them, and paging by offset. */
export function SearchResults({ answer, loading, offset, limit, showCase, onOffset }: Props) {
  const { t } = useI18n();
  const items = answer?.items ?? [];
  const total = answer?.total ?? 0;
  return (
    <div className="stack-gap" data-testid="search-results">
      <p className="muted" aria-live="polite" data-testid="search-total">
        {loading || !answer ? t('app.loading') : t('search.total', { count: total })}
      </p>
      {answer && !loading && items.length === 0 && <p className="placeholder">{t('search.empty')}</p>}
      {items.length > 0 && (
        <ol className="search-results" start={offset + 1}>
          {items.map((hit) => (
            <SearchResult key={`${hit.kind}:${hit.record_id}:${hit.case_id}`} hit={hit} showCase={showCase} />
          ))}
        </ol>
      )}
      {total > limit && (
        <Pager
          page={Math.floor(offset / limit) + 1}
          hasPrev={offset > 0}
          hasNext={!loading && offset + items.length < total}
          onPrev={() => onOffset(Math.max(0, offset - limit))}
          onNext={() => onOffset(offset + limit)}
          testIdPrefix="search"
        />
      )}
    </div>
  );
}
