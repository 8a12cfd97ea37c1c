import { useI18n } from '../../shared/useI18n';
import type { Timer } from './types';

/** The running timers (review periods, reflection periods) with their end. */
export function TimerList({ timers }: { timers: Timer[] }) {
  const { t, label, formatDateTime } = useI18n();
  const running = timers.filter((x) => x.running);
  if (running.length === 0) return null;
  return (
    <section className="stack-gap" data-testid="workflow-timers">
      <h3>{t('workflow.timers.title')}</h3>
      <ul className="wf-list">
        {running.map((x) => (
          <li key={`${x.name}:${x.started_at}`} className={x.elapsed ? 'wf-timer elapsed' : 'wf-timer'} data-testid={`workflow-timer-${x.name}`}>
            <strong>{label(x.label, x.name)}</strong>{' '}
            <span className="muted">
              {t(x.elapsed ? 'workflow.timers.ended' : 'workflow.timers.ends', { at: formatDateTime(x.due_at) })}
            </span>
            <small className="muted"> · {t('workflow.timers.started', { at: formatDateTime(x.started_at) })}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
