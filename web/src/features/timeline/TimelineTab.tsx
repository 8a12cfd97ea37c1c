import { indexRecords, listParties, newRecordPath, usePartyOptions } from '../entities';
import { useLoad, useSessionState } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getTimeline } from './api';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import type { TimelineFilters as Filters } from './types';

const NO_FILTERS: Filters = { entity: '', type: '' };

/**
 * Container of the case page's "timeline" tab: the case's people and organisations (for the
 * filter and the names of who took part), then the events the filters keep. An event is a
 * record of the case file, so "Add event" opens the people tab's add form preselected.
 */
export function TimelineTab({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [filters, setFilters] = useSessionState<Filters>(`ariadne.timeline.${caseId}.filters`, NO_FILTERS);
  const parties = useLoad(() => listParties(caseId), [caseId]);
  const options = usePartyOptions(parties.data);
  const { data, error, loading } = useLoad(() => getTimeline(caseId, filters), [caseId, filters.entity, filters.type]);
  return (
    <div className="stack-gap" data-testid="case-timeline">
      <div className="page-head">
        <h2>{t('timeline.title')}</h2>
        <Permission anyOf={['case.update']}>
          <Link to={newRecordPath(caseId, 'Event')} className="button primary" data-testid="timeline-add-event">
            {t('timeline.add_event')}
          </Link>
        </Permission>
      </div>
      <TimelineFilters filters={filters} parties={options} onChange={setFilters} />
      <ProblemAlert error={parties.error} />
      <ProblemAlert error={error} />
      <p className="muted" aria-live="polite" data-testid="timeline-total">
        {loading ? t('app.loading') : data ? t('timeline.total', { count: data.items.length }) : ''}
      </p>
      {data && <TimelineList items={data.items} records={indexRecords(parties.data)} truncated={data.truncated} />}
    </div>
  );
}
