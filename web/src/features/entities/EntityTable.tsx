import { Link, navigate } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { EdgeEnds } from './EdgeEnds';
import { EntityCaption } from './EntityCaption';
import { FlagBadge } from './FlagBadge';
import { MatchBadge } from './RecordMatches';
import { RoleBadges } from './RoleBadges';
import { flagsOf, MATCHES_ANCHOR, recordPath, useSchemaLabel } from './display';
import type { RecordIndex } from './display';
import type { Entity, EntitySchemaDoc } from './types';
import type { MatchCounts } from '../matches';

interface Props {
  rows: Entity[];
  doc: EntitySchemaDoc;
  /** Every record of the case, to name the ends of relationships. */
  records: RecordIndex;
  /** Cross-case matches per record (GET /cases/{id}/match-counts): the "N matches" badges. */
  counts?: MatchCounts;
}

/** The case file's records: a table on wide screens, cards on phones. */
export function EntityTable({ rows, doc, records, counts }: Props) {
  const { formatDateTime } = useI18n();
  const schemaLabel = useSchemaLabel(doc);
  const columns: Column<Entity>[] = [
    {
      id: 'caption',
      labelKey: 'entities.fields.caption',
      render: (e) => (
        <div className="entity-cell">
          <Link to={recordPath(e.case_id, e.id)} onClick={(ev) => ev.stopPropagation()} data-testid="entity-row-link">
            <EntityCaption e={e} />
          </Link>
          <EdgeEnds e={e} def={doc.schemata[e.schema]} records={records} />
          <MatchBadge caseId={e.case_id} entityId={e.id} schema={e.schema} count={counts?.[e.id]} to={`${recordPath(e.case_id, e.id)}#${MATCHES_ANCHOR}`} />
        </div>
      ),
    },
    { id: 'schema', labelKey: 'entities.fields.schema', render: (e) => schemaLabel(e.schema) },
    { id: 'roles', labelKey: 'entities.fields.roles', render: (e) => <RoleBadges involvements={e.involvements} /> },
    {
      id: 'flags',
      labelKey: 'entities.fields.flags',
      render: (e) => (
        <span className="badges">
          {flagsOf(e).map((f) => (
            <FlagBadge key={f} flag={f} />
          ))}
        </span>
      ),
    },
    { id: 'updated_at', labelKey: 'entities.fields.updated_at', render: (e) => formatDateTime(e.updated_at) },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(e) => e.id}
      testId="entity-table"
      rowTestId="entity-row"
      emptyKey="entities.list.empty"
      onRowClick={(e) => navigate(recordPath(e.case_id, e.id))}
    />
  );
}
