import { Link, navigate } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { documentPath, formatSize, uploaderName } from './display';
import { MismatchBadge } from './MismatchBadge';
import type { CaseDocument } from './types';

/** The case's documents, newest first: a table on wide screens, cards on phones. */
export function DocumentTable({ rows }: { rows: CaseDocument[] }) {
  const { t, lang, formatDateTime } = useI18n();
  const columns: Column<CaseDocument>[] = [
    {
      id: 'name',
      labelKey: 'documents.fields.name',
      render: (d) => (
        <Link to={documentPath(d.case_id, d.id)} onClick={(e) => e.stopPropagation()} className="document-name" data-testid="document-link">
          {d.name}
        </Link>
      ),
    },
    { id: 'title', labelKey: 'documents.fields.title', render: (d) => d.title },
    {
      id: 'media_type',
      labelKey: 'documents.fields.media_type',
      render: (d) => (
        <span className="badges">
          <code>{d.media_type}</code>
          <MismatchBadge d={d} />
        </span>
      ),
    },
    { id: 'size', labelKey: 'documents.fields.size', render: (d) => <span className="nowrap">{formatSize(d.size, lang, t)}</span> },
    { id: 'uploaded_by', labelKey: 'documents.fields.uploaded_by', render: uploaderName },
    { id: 'uploaded_at', labelKey: 'documents.fields.uploaded_at', render: (d) => formatDateTime(d.uploaded_at) },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(d) => d.id}
      testId="document-table"
      rowTestId="document-row"
      emptyKey="documents.list.empty"
      onRowClick={(d) => navigate(documentPath(d.case_id, d.id))}
    />
  );
}
