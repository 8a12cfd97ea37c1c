import { useLookupLabel } from '../../shared/reference';
import { Link, navigate } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { ChainBadge, StateBadge } from './ExhibitBadges';
import { exhibitPath } from './display';
import type { Exhibit } from './types';

/** The exhibit register: a table on wide screens, cards on phones. */
export function ExhibitTable({ rows }: { rows: Exhibit[] }) {
  const lookupLabel = useLookupLabel();
  const columns: Column<Exhibit>[] = [
    {
      id: 'number',
      labelKey: 'exhibits.fields.number',
      render: (x) => (
        <Link to={exhibitPath(x.case_id, x.id)} onClick={(e) => e.stopPropagation()} className="mono">
          {x.number}
        </Link>
      ),
    },
    { id: 'evidence_type', labelKey: 'exhibits.fields.evidence_type', render: (x) => lookupLabel('evidence_types', x.evidence_type) },
    { id: 'description', labelKey: 'exhibits.fields.description', render: (x) => <span className="clamp">{x.description}</span> },
    {
      id: 'state',
      labelKey: 'exhibits.fields.state',
      render: (x) => (
        <span className="badges">
          <StateBadge state={x.state} />
          <ChainBadge x={x} />
        </span>
      ),
    },
    { id: 'holder', labelKey: 'exhibits.fields.holder', render: (x) => x.holder },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(x) => x.id}
      testId="exhibit-table"
      rowTestId="exhibit-row"
      emptyKey="exhibits.list.empty"
      onRowClick={(x) => navigate(exhibitPath(x.case_id, x.id))}
    />
  );
}
