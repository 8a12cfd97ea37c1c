import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { moveCycle } from './api';
import { CycleBadge } from './CycleBadge';
import { cycleTargets } from './display';
import { useViewer } from './viewer';
import type { IntelReport } from './types';

interface Props {
  report: IntelReport;
  doc: GradingDoc | undefined;
  /** Called after a move; the page loads the report anew. */
  onMoved: () => void;
}

/** The report's place in the intelligence cycle and, for the holder, a button per next state. */
export function CyclePanel({ report, doc, onMoved }: Props) {
  const { t } = useI18n();
  const viewer = useViewer();
  const labels = useGradingLabels(doc);
  const [reason, setReason] = useState('');
  const action = useAction();
  const targets = cycleTargets(doc, report, viewer);
  const stale = action.error instanceof ApiError && (action.error.code === 'invalid_transition' || action.error.code === 'version_conflict');
  const move = (to: string) =>
    action.run(
      () => moveCycle(report.id, { version: report.version, to, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
      () => {
        setReason('');
        onMoved();
      },
    );
  return (
    <section className="stack-gap" data-testid="intel-cycle-panel">
      <h2>{t('intelligence.cycle.title')}</h2>
      <p className="badges">
        <CycleBadge doc={doc} cycle={report.cycle} testId="intel-cycle" />
      </p>
      {targets.length > 0 && (
        <>
          <div className="field">
            <label htmlFor="cycle-reason">{t('intelligence.cycle.reason')}</label>
            <input id="cycle-reason" value={reason} maxLength={2000} autoComplete="off" data-testid="cycle-reason" onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="actions phone-actions">
            {targets.map((to) => (
              <button key={to} type="button" className={to === 'archived' ? undefined : 'primary'} disabled={action.busy} data-testid={`cycle-to-${to}`} onClick={() => move(to)}>
                {t('intelligence.cycle.move_to', { state: labels.cycle(to) })}
              </button>
            ))}
          </div>
        </>
      )}
      <ProblemAlert error={action.error} />
      {stale && (
        <button type="button" data-testid="cycle-reload" onClick={() => { action.clear(); onMoved(); }}>
          {t('buttons.reload')}
        </button>
      )}
    </section>
  );
}
