import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from '../../shared/cursorStack';
import type { CursorStack } from '../../shared/cursorStack';
import { useLoad, useSessionState } from '../../shared/hooks';
import { Pager } from '../../shared/Pager';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listMatches } from './api';
import { isMatchStatus } from './display';
import { MatchTable } from './MatchTable';
import { MatchTabs, TABPANEL_ID } from './MatchTabs';
import { useSchemaDoc } from './schemaDoc';
import type { MatchStatus } from './types';

/** Container: the queue of cross-case matches by status, newest first, paged with next_cursor. */
export function MatchQueuePage() {
  const { t } = useI18n();
  const [stored, setStatus] = useSessionState<MatchStatus>('ariadne.matches.status', 'proposed');
  const status: MatchStatus = isMatchStatus(stored) ? stored : 'proposed';
  const [stack, setStack] = useSessionState<CursorStack>('ariadne.matches.cursors', FIRST_PAGE);
  const cursor = currentCursor(stack);
  const { schemaLabel } = useSchemaDoc();
  // Each answer names its query, so another tab never shows the last tab's rows while it loads.
  const key = `${status}:${cursor ?? ''}`;
  const list = useLoad(() => listMatches(status, cursor).then((page) => ({ key, page })), [key]);
  // A cursor belongs to its query: another tab starts again at the first page.
  const changeStatus = (next: MatchStatus) => {
    setStatus(next);
    setStack(FIRST_PAGE);
  };
  const data = list.data?.key === key ? list.data.page : undefined;
  return (
    <section className="page" data-testid="matches-page">
      <div className="page-head">
        <h1>{t('matches.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="matches-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <p className="muted">{t('matches.help')}</p>
      <MatchTabs active={status} onChange={changeStatus} />
      <div id={TABPANEL_ID} role="tabpanel" aria-labelledby={`match-tab-${status}`} className="stack-gap">
        <ProblemAlert error={list.error} />
        {!data && !list.error && <p className="loading">{t('app.loading')}</p>}
        {data && <MatchTable rows={data.items ?? []} status={status} schemaLabel={schemaLabel} />}
        <Pager
          page={pageNumber(stack)}
          hasPrev={hasPrevious(stack)}
          hasNext={Boolean(data?.next_cursor) && !list.loading}
          onPrev={() => setStack(popCursor(stack))}
          onNext={() => data?.next_cursor && setStack(pushCursor(stack, data.next_cursor))}
          testIdPrefix="match-list"
        />
      </div>
    </section>
  );
}
