import { AGE_GROUP_KEYS, SEX_KEYS } from '../../shared/people';
import type { ProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { ChildBadge } from './ChildBadge';
import { StatusBadge } from './StatusBadge';
import type { FileSummary } from './types';

/** Protection files: the person, both statuses, the reflection period's end, the linked case. */
export function FileTable({ rows, reference }: { rows: FileSummary[]; reference: ProtectionReference }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const columns: Column<FileSummary>[] = [
    {
      id: 'reference',
      labelKey: 'protection.fields.reference',
      render: (f) => (
        <Link to={`/protection/${f.id}`} data-testid={`file-row-${f.id}`}>
          {f.reference || f.id}
        </Link>
      ),
    },
    {
      id: 'person',
      labelKey: 'protection.fields.person_name',
      render: (f) => (
        <span className="entity-cell">
          <span>{f.person?.name}</span>
          <small className="muted">
            {[f.person?.sex && SEX_KEYS[f.person.sex] ? t(SEX_KEYS[f.person.sex]) : '', f.person?.age_group && AGE_GROUP_KEYS[f.person.age_group] ? t(AGE_GROUP_KEYS[f.person.age_group]) : ''].filter(Boolean).join(', ')}
          </small>
          {f.child && <ChildBadge />}
        </span>
      ),
    },
    { id: 'assistance', labelKey: 'protection.track.assistance', render: (f) => <StatusBadge value={f.assistance_status} statuses={reference.assistance_statuses} /> },
    { id: 'procedural', labelKey: 'protection.track.procedural', render: (f) => <StatusBadge value={f.procedural_status} statuses={reference.procedural_statuses} /> },
    { id: 'reflection', labelKey: 'protection.reflection.ends', render: (f) => formatDate(f.reflection_ends_at) },
    { id: 'case', labelKey: 'protection.fields.case', render: (f) => (f.case ? <Link to={`/cases/${f.case.id}`}>{f.case.reference}</Link> : '') },
    { id: 'updated', labelKey: 'protection.fields.updated_at', render: (f) => formatDateTime(f.updated_at) },
  ];
  return <Table rows={rows} columns={columns} rowKey={(f) => f.id} testId="file-table" emptyKey="protection.list.empty" />;
}
