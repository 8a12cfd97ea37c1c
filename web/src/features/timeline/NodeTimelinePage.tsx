import { useState } from 'react';
import type { FormEvent } from 'react';
import { recordPath } from '../entities';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link, navigate, useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getNodeTimeline } from './api';
import { nodeKey, timelinePath } from './nodeTimeline';
import { NodeTimelineList } from './NodeTimelineList';
import { TimeStrip } from './TimeStrip';
import type { NodeTimelineAnswer } from './types';

function NodeForm({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) navigate(timelinePath(nodeKey(value)));
  };
  return (
    <form className="graph-search" onSubmit={submit} role="search">
      <label className="field">
        <span>{t('node_timeline.node_label')}</span>
        <input
          type="search"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t('node_timeline.placeholder')}
          data-testid="node-timeline-input"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={!value.trim()} data-testid="node-timeline-go">
          {t('node_timeline.show')}
        </button>
      </div>
    </form>
  );
}

/** The records the timeline covers: the record and its confirmed matches, or who holds the phone or account. */
function RecordLinks({ records }: { records: NodeTimelineAnswer['records'] }) {
  const { t } = useI18n();
  if (records.length === 0) return null;
  return (
    <section className="card stack-gap" data-testid="node-timeline-records">
      <h2>{t('node_timeline.records')}</h2>
      <ul className="plain-list">
        {records.map((r) => (
          <li key={r.id}>
            <Link to={recordPath(r.case_id, r.id.replace(/^e:/, ''))} data-testid="node-timeline-record">
              {t('node_timeline.open_record')}
            </Link>{' '}
            <span className="muted">{t('node_timeline.fields.case')}:</span>{' '}
            <Link to={`/cases/${r.case_id}`} className="mono">
              {r.case_id}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Container: /timeline?node=ID — everything dated about a record (with its confirmed matches),
 * a phone or an account across the cases the user may see, by day, with a strip of the dates.
 */
export function NodeTimelinePage() {
  const { t } = useI18n();
  const node = new URLSearchParams(useSearch()).get('node')?.trim() ?? '';
  const load = useLoad<NodeTimelineAnswer | null>(() => (node ? getNodeTimeline(node) : Promise.resolve(null)), [node]);
  // The last answer stays while the next loads: shown only when it is the current node's.
  const data = node && !load.loading && !load.error ? load.data : null;
  return (
    <section className="page page-wide" data-testid="node-timeline-page">
      <div className="page-head">
        <h1>{t('node_timeline.title')}</h1>
        {node && (
          <Link to={`/graph?node=${encodeURIComponent(node)}`} className="button" data-testid="node-timeline-open-chart">
            {t('node_timeline.open_chart')}
          </Link>
        )}
      </div>
      <AnalysisNav active="/timeline" />
      <p className="muted">{t('node_timeline.help')}</p>
      <NodeForm key={node} initial={node} />
      {!node && <p className="muted">{t('node_timeline.no_node')}</p>}
      <ProblemAlert error={node ? load.error : null} />
      {node && load.loading && <p className="loading">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="muted" aria-live="polite" data-testid="node-timeline-total">
            <span className="mono">{data.node}</span> — {t('node_timeline.total', { count: data.items.length })}
          </p>
          {data.truncated && (
            <p className="alert alert-warning" role="status" data-testid="node-timeline-truncated">
              {t('node_timeline.truncated')}
            </p>
          )}
          <RecordLinks records={data.records} />
          {data.items.length > 0 && (
            <section className="card">
              <TimeStrip items={data.items} />
            </section>
          )}
          <NodeTimelineList items={data.items} />
        </>
      )}
    </section>
  );
}
