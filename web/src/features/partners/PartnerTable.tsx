import { useLookupLabel } from '../../shared/reference';
import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import type { Partner } from './types';

interface Props {
  rows: Partner[];
  services: RefItem[];
  /** Set for partner.manage: an edit button per row. */
  onEdit?: (p: Partner) => void;
}

/** The directory: who offers which services where, and how to reach them. */
export function PartnerTable({ rows, services, onEdit }: Props) {
  const { t } = useI18n();
  const lookup = useLookupLabel();
  const refLabel = useRefLabel();
  const columns: Column<Partner>[] = [
    {
      id: 'name',
      labelKey: 'partners.fields.name',
      render: (p) => (
        <span data-testid={`partner-row-${p.id}`}>
          {p.name}
          {!p.active && <span className="badge badge-schema">{t('partners.inactive')}</span>}
        </span>
      ),
    },
    { id: 'kind', labelKey: 'partners.fields.kind', render: (p) => p.kind },
    { id: 'where', labelKey: 'partners.fields.region', render: (p) => [lookup('countries', p.country), p.region].filter(Boolean).join(', ') },
    { id: 'services', labelKey: 'partners.fields.services', render: (p) => (p.services ?? []).map((s) => refLabel(services, s)).join(', ') },
    {
      id: 'contacts',
      labelKey: 'partners.fields.contacts',
      render: (p) => [p.contacts?.person, p.contacts?.phone, p.contacts?.email, p.contacts?.address].filter(Boolean).join(' · '),
    },
  ];
  if (onEdit) {
    columns.push({
      id: 'actions',
      labelKey: 'common.actions',
      render: (p) => (
        <button type="button" className="small" data-testid={`partner-edit-${p.id}`} onClick={() => onEdit(p)}>
          {t('buttons.edit')}
        </button>
      ),
    });
  }
  return <Table rows={rows} columns={columns} rowKey={(p) => p.id} testId="partner-table" emptyKey="partners.empty" />;
}
