import { useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { reportPath } from './display';
import { TlpBadge } from './TlpBadge';
import type { Dissemination } from './types';

interface Props {
  rows: Dissemination[];
  doc: GradingDoc | undefined;
  /** The caller's unit: its members acknowledge what it received. */
  unitId: string | undefined;
  onAck: (d: Dissemination) => void;
  busy?: boolean;
  /** `dissem-row` on a report, `received-row` for what the unit received. */
  rowTestId?: string;
  /** Received disseminations name their report. */
  withReport?: boolean;
  emptyKey?: string;
}

const name = (p: { display_name?: string } | string | null | undefined) => (typeof p === 'string' ? p : p?.display_name ?? '');

/** Who passed the report to which unit, how, under what handling; acknowledged or not. */
export function DisseminationLog({ rows, doc, unitId, onAck, busy, rowTestId = 'dissem-row', withReport, emptyKey = 'intelligence.dissemination.empty' }: Props) {
  const { t, formatDateTime } = useI18n();
  const labels = useGradingLabels(doc);
  if (rows.length === 0) return <p className="muted" data-testid={`${rowTestId}-empty`}>{t(emptyKey)}</p>;
  return (
    <ul className="item-list">
      {rows.map((d) => {
        const mine = !!unitId && d.unit?.id === unitId;
        return (
          <li key={d.id} className="item-card" data-testid={rowTestId} data-dissemination-id={d.id} data-acknowledged={d.acknowledged_at ? 'true' : 'false'}>
            <p className="item-card-head">
              {withReport && d.report && (
                <Link to={reportPath(d.report.id)} className="mono" data-testid="received-report">
                  {d.report.reference || d.report.id}
                </Link>
              )}
              <strong>{d.unit?.name || d.unit?.code}</strong>
              {d.unit?.code && d.unit.name && <span className="mono muted">({d.unit.code})</span>}
              <TlpBadge tlp={d.tlp} />
            </p>
            <p className="muted item-summary">
              {labels.path(d.path)} · {d.handling} · {t('intelligence.dissemination.by', { name: name(d.by), at: formatDateTime(d.at) })}
            </p>
            {d.note && <p className="pre">{d.note}</p>}
            {d.acknowledged_at ? (
              <p className="item-summary" data-testid="dissem-acknowledged">
                {t('intelligence.dissemination.acknowledged', { name: name(d.acknowledged_by), at: formatDateTime(d.acknowledged_at) })}
              </p>
            ) : mine ? (
              <div className="actions">
                <button type="button" className="primary" disabled={busy} data-testid="dissem-ack" onClick={() => onAck(d)}>
                  {t('intelligence.dissemination.acknowledge')}
                </button>
              </div>
            ) : (
              <p className="muted item-summary">{t('intelligence.dissemination.not_acknowledged')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
