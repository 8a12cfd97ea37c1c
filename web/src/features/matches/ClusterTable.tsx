import { EntityCaption, recordPath } from '../entities';
import { msToIso } from '../../shared/datetime';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { matchPath, sideCaptioned } from './display';
import type { Cluster, ClusterLink, ClusterMember } from './types';

interface Props {
  cluster: Cluster;
  schemaLabel: (schema: string) => string;
}

/** The record asked about first, then the others in the server's order. */
export function orderMembers(cluster: Cluster): ClusterMember[] {
  const self = cluster.members.filter((m) => m.entity_id === cluster.entity_id);
  return [...self, ...cluster.members.filter((m) => m.entity_id !== cluster.entity_id)];
}

/** The confirmed match that joined a member: by `via`, else any link naming the record. */
export function linkOf(cluster: Cluster, member: ClusterMember): ClusterLink | undefined {
  if (member.via) return cluster.links.find((l) => l.match_id === member.via);
  if (member.entity_id === cluster.entity_id) return undefined;
  return cluster.links.find((l) => l.a === member.entity_id || l.b === member.entity_id);
}

/** Every record of one real person or thing: name, type, the case (leading to the record), who confirmed it and when. */
export function ClusterTable({ cluster, schemaLabel }: Props) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<ClusterMember>[] = [
    {
      id: 'caption',
      labelKey: 'cluster.fields.caption',
      render: (m) => (
        <span className="entity-cell">
          <span>
            <EntityCaption e={sideCaptioned(m)} />
          </span>
          {m.entity_id === cluster.entity_id && <span className="badge badge-schema">{t('cluster.this_record')}</span>}
        </span>
      ),
    },
    { id: 'schema', labelKey: 'cluster.fields.schema', render: (m) => schemaLabel(m.schema) },
    {
      id: 'case',
      labelKey: 'cluster.fields.case',
      render: (m) => (
        <span className="entity-cell">
          <Link to={recordPath(m.case_id, m.entity_id)} className="mono" data-testid="cluster-member-link">
            {m.case_reference || m.case_id}
          </Link>
          {m.case_title && <span className="muted">{m.case_title}</span>}
        </span>
      ),
    },
    {
      id: 'confirmed_by',
      labelKey: 'cluster.fields.confirmed_by',
      render: (m) => {
        const link = linkOf(cluster, m);
        if (!link) return <span className="muted">{t('common.none')}</span>;
        return (
          <span className="entity-cell">
            <span>{link.decided_by_name ?? '—'}</span>
            <Link to={matchPath(link.match_id)} data-testid="cluster-match-link">
              {t('cluster.open_match')}
            </Link>
          </span>
        );
      },
    },
    {
      id: 'confirmed_at',
      labelKey: 'cluster.fields.confirmed_at',
      render: (m) => {
        const link = linkOf(cluster, m);
        return link?.decided_at ? formatDateTime(msToIso(link.decided_at)) : '';
      },
    },
  ];
  return (
    <Table
      rows={orderMembers(cluster)}
      columns={columns}
      rowKey={(m) => m.entity_id}
      testId="cluster-table"
      rowTestId="cluster-member"
      rowData={(m) => ({ 'data-entity-id': m.entity_id, 'data-case-id': m.case_id })}
      rowClass={(m) => (m.entity_id === cluster.entity_id ? 'cluster-self' : undefined)}
      emptyKey="cluster.empty"
    />
  );
}
