import { epochToIso } from '../../shared/datetime';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { formatAmount } from './display';
import type { Flow } from './types';

/** Each transaction that carried traced money: hop, when, from, to, the traced part of the whole, the case. */
export function FlowTable({ rows, currency }: { rows: Flow[]; currency?: string }) {
  const { t, lang, formatDateTime } = useI18n();
  const columns: Column<Flow>[] = [
    { id: 'hop', labelKey: 'money.flows.hop', render: (f) => f.hop },
    {
      id: 'at',
      labelKey: 'money.flows.at',
      render: (f) => {
        const iso = epochToIso(f.at);
        return iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : '';
      },
    },
    { id: 'from', labelKey: 'money.flows.from', render: (f) => <span className="mono">{f.from.replace(/^a:/, '')}</span> },
    { id: 'to', labelKey: 'money.flows.to', render: (f) => <span className="mono">{f.to.replace(/^a:/, '')}</span> },
    {
      id: 'amount',
      labelKey: 'money.flows.amount',
      render: (f) => t('money.flows.part_of', { amount: formatAmount(lang, f.amount, currency), of: formatAmount(lang, f.of_amount, currency) }),
    },
    { id: 'case', labelKey: 'money.flows.case', render: (f) => (f.case_id ? <Link to={`/cases/${f.case_id}`} className="mono">{f.case_id}</Link> : '') },
  ];
  return <Table rows={rows} columns={columns} rowKey={(f) => `${f.txn}/${f.hop}/${f.from}`} testId="money-flows" rowTestId="money-flow" rowData={(f) => ({ 'data-txn': f.txn })} emptyKey="money.flows.empty" />;
}
