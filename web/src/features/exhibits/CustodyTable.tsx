import { useLookupLabel } from '../../shared/reference';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { shortHash } from './display';
import type { CustodyEvent, ExhibitFlag } from './types';

interface Props {
  events: CustodyEvent[];
  /** Rows a flag names are marked. */
  flags: ExhibitFlag[];
}

/** The custody log, oldest first: every hand the exhibit passed through. */
export function CustodyTable({ events, flags }: Props) {
  const { t, formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  const flagged = new Set(flags.map((f) => f.seq));
  const columns: Column<CustodyEvent>[] = [
    { id: 'seq', labelKey: 'exhibits.custody.fields.seq', render: (e) => (flagged.has(e.seq) ? <strong className="flagged">⚠ {e.seq}</strong> : e.seq) },
    { id: 'kind', labelKey: 'exhibits.custody.fields.kind', render: (e) => lookupLabel('custody_events', e.kind) },
    { id: 'at', labelKey: 'exhibits.custody.fields.at', render: (e) => formatDateTime(e.at) },
    {
      id: 'recorded',
      labelKey: 'exhibits.custody.fields.recorded',
      render: (e) => t('exhibits.custody.recorded', { by: e.recorded_by, at: formatDateTime(e.recorded_at) }),
    },
    { id: 'holder', labelKey: 'exhibits.custody.fields.holder', render: (e) => e.holder },
    { id: 'location', labelKey: 'exhibits.custody.fields.location', render: (e) => e.location },
    { id: 'seals', labelKey: 'exhibits.custody.fields.seal_numbers', render: (e) => (e.seal_numbers ?? []).join(', ') },
    { id: 'note', labelKey: 'exhibits.custody.fields.note', render: (e) => e.note && <span className="pre">{e.note}</span> },
    {
      id: 'hash',
      labelKey: 'exhibits.custody.fields.hash',
      render: (e) => (
        <code className="mono" title={e.hash}>
          {shortHash(e.hash)}
        </code>
      ),
    },
  ];
  return <Table rows={events} columns={columns} rowKey={(e) => String(e.seq)} testId="custody-table" rowTestId="custody-row" emptyKey="exhibits.custody.empty" />;
}
