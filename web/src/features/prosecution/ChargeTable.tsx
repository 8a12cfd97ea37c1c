import { EntityCaption, recordPath } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { useArticleText } from './display';
import type { Charge, Jurisdictions } from './types';

interface Props {
  rows: Charge[];
  doc: Jurisdictions | undefined;
  /** Absent when the user may not change charges. */
  onEdit?: (c: Charge) => void;
}

/** The case's charges: who, under which article, how far it has gone and how it ended. */
export function ChargeTable({ rows, doc, onEdit }: Props) {
  const { t, label, formatDate } = useI18n();
  const articleText = useArticleText();
  const lookupLabel = useLookupLabel();
  const columns: Column<Charge>[] = [
    {
      id: 'suspect',
      labelKey: 'prosecution.fields.suspect_entity_id',
      render: (c) => (
        <Link to={recordPath(c.case_id, c.suspect.id)}>
          <EntityCaption e={c.suspect} />
        </Link>
      ),
    },
    {
      id: 'article',
      labelKey: 'prosecution.fields.article',
      render: (c) => (
        <>
          {articleText(c.article)}
          <span className="muted"> · {label(doc?.[c.jurisdiction]?.name, c.jurisdiction)}</span>
        </>
      ),
    },
    { id: 'status', labelKey: 'prosecution.fields.status', render: (c) => <span className={`state charge-status-${c.status}`}>{lookupLabel('charge_statuses', c.status)}</span> },
    { id: 'filed_at', labelKey: 'prosecution.fields.filed_at', render: (c) => formatDate(c.filed_at) },
    {
      id: 'outcome',
      labelKey: 'prosecution.fields.outcome',
      render: (c) => (
        <>
          {lookupLabel('charge_outcomes', c.outcome)}
          {c.sentence && <span className="muted"> · {c.sentence}</span>}
          {c.sentence_months ? <span className="muted"> · {t('prosecution.months', { count: c.sentence_months })}</span> : null}
        </>
      ),
    },
    { id: 'prosecutor', labelKey: 'prosecution.fields.prosecutor', render: (c) => c.prosecutor },
  ];
  if (onEdit) {
    columns.push({
      id: 'actions',
      labelKey: 'common.actions',
      render: (c) => (
        <button type="button" data-testid="charge-edit-open" onClick={() => onEdit(c)}>
          {t('buttons.edit')}
        </button>
      ),
    });
  }
  return <Table rows={rows} columns={columns} rowKey={(c) => c.id} testId="charge-table" rowTestId="charge-row" emptyKey="prosecution.list.empty" />;
}
