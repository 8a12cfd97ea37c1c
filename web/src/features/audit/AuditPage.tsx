import { useState } from 'react';
import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from '../../shared/cursorStack';
import { useLoad, useSessionState } from '../../shared/hooks';
import type { CursorStack } from '../../shared/cursorStack';
import { Pager } from '../../shared/Pager';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listAudit } from './api';
import { AuditFiltersForm, NO_AUDIT_FILTERS } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { AuditVerify } from './AuditVerify';
import { AuditViewers } from './AuditViewers';
import type { AuditFilters } from './types';

/** Container for `audit.read`: the log (newest first), who has seen a record, chain check. */
export function AuditPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useSessionState<AuditFilters>('ariadne.audit.filters', NO_AUDIT_FILTERS);
  const [stack, setStack] = useState<CursorStack>(FIRST_PAGE);
  const [record, setRecord] = useState('');
  const cursor = currentCursor(stack);
  const { data, error, loading } = useLoad(() => listAudit(filters, cursor), [filters, cursor]);
  const apply = (f: AuditFilters) => {
    setFilters(f);
    setStack(FIRST_PAGE);
  };
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        <Link to="/audit/intelligence-searches" data-testid="audit-intel-searches">
          {t('intelligence.search_log.title')}
        </Link>
      </div>
      <AuditFiltersForm initial={filters} onApply={apply} />
      <ProblemAlert error={error} />
      {loading && <p className="muted">{t('app.loading')}</p>}
      <AuditTable rows={data?.items ?? []} onRecord={setRecord} />
      <Pager
        page={pageNumber(stack)}
        hasPrev={hasPrevious(stack)}
        hasNext={Boolean(data?.next_cursor) && !loading}
        onPrev={() => setStack(popCursor(stack))}
        onNext={() => data?.next_cursor && setStack(pushCursor(stack, data.next_cursor))}
        testIdPrefix="audit"
      />
      <div className="two-col">
        <AuditViewers record={record} />
        <AuditVerify />
      </div>
    </section>
  );
}
