import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { KIND_KEYS, resultPath } from './display';
import { Snippet } from './Snippet';
import type { SearchHit } from './types';

/** One hit: what kind of record, its title linking to it, the case it belongs to, the snippet. */
export function SearchResult({ hit, showCase }: { hit: SearchHit; showCase: boolean }) {
  const { t } = useI18n();
  const kind = KIND_KEYS[hit.kind] ? t(KIND_KEYS[hit.kind]) : hit.kind;
  return (
    <li className="search-result" data-testid="search-result" data-kind={hit.kind}>
      <p className="search-result-head">
        <span className={`badge badge-kind badge-result-${hit.kind}`}>{kind}</span>
        <Link to={resultPath(hit)} data-testid="search-result-link">
          {hit.title || kind}
        </Link>
      </p>
      {showCase && hit.kind !== 'case' && (
        <p className="muted search-result-case">
          <span className="mono">{hit.case_reference}</span> · {hit.case_title}
        </p>
      )}
      <Snippet segments={hit.snippet ?? []} />
    </li>
  );
}
