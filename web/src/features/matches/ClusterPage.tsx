import { recordPath } from '../entities';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getCluster } from './api';
import { ClusterTable } from './ClusterTable';
import { useSchemaDoc } from './schemaDoc';

const TITLE_KEYS: Record<string, string> = {
  Person: 'cluster.title_person',
  Organization: 'cluster.title_organization',
};

/** Container: /cases/{id}/entities/{eid}/cluster — all records joined to this one by confirmed matches. */
export function ClusterPage({ caseId, eid }: { caseId: string; eid: string }) {
  const { t } = useI18n();
  const { schemaLabel } = useSchemaDoc();
  const { data, error, reload } = useLoad(() => getCluster(caseId, eid), [caseId, eid]);
  const self = data?.members.find((m) => m.entity_id === (data.entity_id || eid));
  return (
    <section className="page" data-testid="cluster-page" data-entity-id={eid}>
      <p className="muted case-ref">
        <Link to={recordPath(caseId, eid)} data-testid="cluster-back">
          {t('cluster.back')}
        </Link>
      </p>
      <div className="page-head">
        <h1>{t(TITLE_KEYS[self?.schema ?? ''] ?? 'cluster.title_thing')}</h1>
        <button type="button" onClick={reload} data-testid="cluster-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <p className="alert alert-info" data-testid="cluster-note">
        {t('cluster.note')}
      </p>
      <ProblemAlert error={error} />
      {!data && !error && <p className="loading">{t('app.loading')}</p>}
      {data && <ClusterTable cluster={{ ...data, entity_id: data.entity_id || eid, members: data.members ?? [], links: data.links ?? [] }} schemaLabel={schemaLabel} />}
    </section>
  );
}
