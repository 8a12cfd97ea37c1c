import { EntityCaption, recordPath } from '../entities';
import { msToIso } from '../../shared/datetime';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { casePath } from './display';
import type { DeconflictionNotice } from './types';

/** The other unit as far as it may be named: name, code and how to reach it; never its record. */
export function OtherUnitView({ n }: { n: DeconflictionNotice }) {
  const { t } = useI18n();
  const u = n.other_unit;
  const named = u && (u.name || u.code);
  return (
    <div className="deconfliction-unit" data-testid="deconfliction-unit">
      {named ? (
        <>
          <strong>{u.name || u.code}</strong>
          {u.name && u.code && <span className="mono muted"> ({u.code})</span>}
          <span className="deconfliction-contact">
            {u.contact ? t('deconfliction.contact', { contact: u.contact }) : <span className="muted">{t('deconfliction.no_contact')}</span>}
          </span>
        </>
      ) : null}
      {(n.withheld || !named) && <span className="muted">{t('deconfliction.withheld')}</span>}
    </div>
  );
}

/** The supervisor's notices: when, the own case and record, the other unit, the message. */
export function DeconflictionTable({ rows }: { rows: DeconflictionNotice[] }) {
  const { t, lang, formatDateTime } = useI18n();
  const columns: Column<DeconflictionNotice>[] = [
    {
      id: 'at',
      labelKey: 'deconfliction.fields.at',
      render: (n) => {
        const iso = msToIso(n.at);
        return <time dateTime={iso}>{formatDateTime(iso)}</time>;
      },
    },
    {
      id: 'case',
      labelKey: 'deconfliction.fields.case',
      render: (n) => (
        <Link to={casePath(n.case_id)} className="mono" data-testid="deconfliction-case">
          {n.case_reference || n.case_id}
        </Link>
      ),
    },
    {
      id: 'record',
      labelKey: 'deconfliction.fields.record',
      render: (n) => (
        <Link to={recordPath(n.case_id, n.entity_id)} data-testid="deconfliction-record">
          <EntityCaption e={{ caption: n.caption }} />
        </Link>
      ),
    },
    { id: 'unit', labelKey: 'deconfliction.fields.unit', render: (n) => <OtherUnitView n={n} /> },
    {
      id: 'message',
      labelKey: 'deconfliction.fields.message',
      render: (n) => <span className="pre">{(lang === 'ru' && n.message_ru) || n.message || t('deconfliction.default_message')}</span>,
    },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(n) => n.id}
      testId="deconfliction-table"
      rowTestId="deconfliction-row"
      rowData={(n) => ({ 'data-notice-id': n.id, 'data-case-id': n.case_id, 'data-entity-id': n.entity_id })}
      emptyKey="deconfliction.empty"
    />
  );
}
