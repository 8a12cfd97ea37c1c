import { Link, navigate } from '../../shared/router';
import { useLookupLabel } from '../../shared/reference';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import type { CaseSort, CaseSummary } from './types';

interface Props {
  rows: CaseSummary[];
  sort: CaseSort;
  onSort: (sort: CaseSort) => void;
}

export function CaseTable({ rows, sort, onSort }: Props) {
  const { formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  const columns: Column<CaseSummary>[] = [
    {
      id: 'reference',
      labelKey: 'case.fields.reference',
      sortField: 'reference',
      render: (c) => (
        <Link to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
          {c.reference}
        </Link>
      ),
    },
    { id: 'title', labelKey: 'case.fields.title', sortField: 'title', render: (c) => c.title },
    { id: 'category', labelKey: 'case.fields.category', render: (c) => lookupLabel('categories', c.category) },
    { id: 'state', labelKey: 'case.fields.state', render: (c) => <span className={`state state-${c.state}`}>{lookupLabel('case_states', c.state)}</span> },
    { id: 'unit', labelKey: 'case.fields.owning_unit', render: (c) => c.owning_unit?.code },
    { id: 'updated_at', labelKey: 'case.fields.updated_at', sortField: 'updated_at', render: (c) => formatDateTime(c.updated_at) },
    { id: 'created_at', labelKey: 'case.fields.created_at', sortField: 'created_at', render: (c) => formatDateTime(c.created_at) },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(c) => c.id}
      sort={sort}
      onSort={(s) => onSort(s as CaseSort)}
      testId="case-list-table"
      rowTestId="case-row"
      emptyKey="cases.list.empty"
      onRowClick={(c) => navigate(`/cases/${c.id}`)}
    />
  );
}
