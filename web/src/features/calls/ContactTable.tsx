import { epochToIso } from '../../shared/datetime';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { formatSeconds } from './activity';
import { CaseLinks } from './CaseLinks';
import { NumberLink } from './NumberLink';
import type { Contact } from './types';

/** Contacts of a number: who, how many calls, how long in all, first and last call, the cases. */
export function ContactTable({ rows, testId }: { rows: Contact[]; testId: string }) {
  const { formatDateTime } = useI18n();
  const time = (v: string | number) => {
    const iso = epochToIso(v);
    return iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : '';
  };
  const columns: Column<Contact>[] = [
    { id: 'number', labelKey: 'calls.fields.number', render: (c) => <NumberLink number={c.number} /> },
    { id: 'calls', labelKey: 'calls.fields.calls', render: (c) => c.calls },
    { id: 'seconds', labelKey: 'calls.fields.duration', render: (c) => formatSeconds(c.seconds) },
    { id: 'first', labelKey: 'calls.fields.first', render: (c) => time(c.first) },
    { id: 'last', labelKey: 'calls.fields.last', render: (c) => time(c.last) },
    { id: 'cases', labelKey: 'calls.fields.cases', render: (c) => <CaseLinks ids={c.case_ids} /> },
  ];
  return <Table rows={rows} columns={columns} rowKey={(c) => c.number} testId={testId} rowTestId="calls-contact" rowData={(c) => ({ 'data-number': c.number })} emptyKey="calls.empty" />;
}
