import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { formatAmount } from './display';
import type { Counterpart } from './types';

/** Every account the traced money reached (or came from): the nearest hop, how much, in how many flows. */
export function CounterpartTable({ rows, currency }: { rows: Counterpart[]; currency?: string }) {
  const { lang } = useI18n();
  const columns: Column<Counterpart>[] = [
    { id: 'account', labelKey: 'money.counterparts.account', render: (c) => <span className="mono">{c.account.replace(/^a:/, '')}</span> },
    { id: 'min_hop', labelKey: 'money.counterparts.min_hop', render: (c) => c.min_hop },
    { id: 'amount', labelKey: 'money.counterparts.amount', render: (c) => <span className="num">{formatAmount(lang, c.amount, currency)}</span> },
    { id: 'flows', labelKey: 'money.counterparts.flows', render: (c) => c.flows },
  ];
  return <Table rows={rows} columns={columns} rowKey={(c) => c.account} testId="money-counterparts" rowTestId="money-counterpart" rowData={(c) => ({ 'data-account': c.account })} emptyKey="money.counterparts.empty" />;
}
