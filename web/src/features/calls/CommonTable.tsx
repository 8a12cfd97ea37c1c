import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { CaseLinks } from './CaseLinks';
import { NumberLink } from './NumberLink';
import type { CommonContact } from './types';

/** Numbers in touch with all those asked about: calls in all, and with each of them. */
export function CommonTable({ rows, numbers }: { rows: CommonContact[]; numbers: string[] }) {
  const { t } = useI18n();
  const columns: Column<CommonContact>[] = [
    { id: 'number', labelKey: 'calls.fields.number', render: (c) => <NumberLink number={c.number} /> },
    { id: 'calls', labelKey: 'calls.fields.calls', render: (c) => c.calls },
    {
      id: 'by_number',
      labelKey: 'calls.fields.by_number',
      render: (c) => (
        <ul className="plain-list">
          {numbers.map((n) => (
            <li key={n}>{t('calls.common.with', { number: n, count: c.by_number?.[n] ?? 0 })}</li>
          ))}
        </ul>
      ),
    },
    { id: 'cases', labelKey: 'calls.fields.cases', render: (c) => <CaseLinks ids={c.case_ids} /> },
  ];
  return <Table rows={rows} columns={columns} rowKey={(c) => c.number} testId="calls-common-table" rowTestId="calls-common-row" rowData={(c) => ({ 'data-number': c.number })} emptyKey="calls.common.empty" />;
}
