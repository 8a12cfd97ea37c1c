import { EntityCaption } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link, navigate } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { interviewPath } from './display';
import type { Interview } from './types';

/** The case's interviews: a table on wide screens, cards on phones. */
export function InterviewTable({ rows }: { rows: Interview[] }) {
  const { formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  const columns: Column<Interview>[] = [
    {
      id: 'subject',
      labelKey: 'interviews.fields.subject_entity_id',
      render: (iv) => (
        <Link to={interviewPath(iv.case_id, iv.id)} onClick={(e) => e.stopPropagation()} data-testid="interview-row-link">
          <EntityCaption e={iv.subject} />
        </Link>
      ),
    },
    { id: 'kind', labelKey: 'interviews.fields.kind', render: (iv) => <span className={`badge badge-kind badge-kind-${iv.kind}`}>{lookupLabel('interview_kinds', iv.kind)}</span> },
    { id: 'started_at', labelKey: 'interviews.fields.started_at', render: (iv) => formatDateTime(iv.started_at) },
    { id: 'place', labelKey: 'interviews.fields.place', render: (iv) => iv.place },
    { id: 'peace_stage', labelKey: 'interviews.fields.peace_stage', render: (iv) => lookupLabel('peace_stages', iv.peace_stage) },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(iv) => iv.id}
      testId="interview-table"
      rowTestId="interview-row"
      emptyKey="interviews.list.empty"
      onRowClick={(iv) => navigate(interviewPath(iv.case_id, iv.id))}
    />
  );
}
