import type { FrontlineBlock } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { FrontlineReport } from './types';

interface Props {
  report: FrontlineReport;
  blocks: FrontlineBlock[];
  /** False while the author edits the blocks below: place and time only. */
  withBlocks?: boolean;
}

/** A report as written, read-only: place, time and every block. */
export function ReportBlocks({ report, blocks, withBlocks = true }: Props) {
  const { t, label, formatDateTime } = useI18n();
  const known = new Set(blocks.map((b) => b.id));
  const extra = Object.keys(report.blocks ?? {}).filter((id) => !known.has(id));
  const rows = !withBlocks ? [] : [...blocks.map((b) => ({ id: b.id, name: label(b.label, b.id) })), ...extra.map((id) => ({ id, name: id }))];
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <dl className="dl report-blocks" data-testid="frontline-blocks">
      <div className="dl-row">
        <dt>{t('frontline.fields.location')}</dt>
        <dd>{report.location || none}</dd>
      </div>
      <div className="dl-row">
        <dt>{t('frontline.fields.observed_at')}</dt>
        <dd>{report.observed_at ? formatDateTime(report.observed_at) : none}</dd>
      </div>
      {rows.map((r) => (
        <div key={r.id} className="dl-row" data-testid={`frontline-text-${r.id}`}>
          <dt>{r.name}</dt>
          <dd>{report.blocks?.[r.id] ? <p className="pre">{report.blocks[r.id]}</p> : none}</dd>
        </div>
      ))}
    </dl>
  );
}
