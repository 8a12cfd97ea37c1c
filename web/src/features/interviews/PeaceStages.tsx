import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';

/** The PEACE model's five stages as steps: the ones before the current one done, the current marked. */
export function PeaceStages({ stage }: { stage: string }) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const current = lookups.peace_stages.findIndex((o) => o.id === stage);
  return (
    <ol className="steps" aria-label={t('interviews.fields.peace_stage')} data-testid="peace-stages">
      {lookups.peace_stages.map((o, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={o.id} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined} data-stage={o.id}>
            <span className="step-number" aria-hidden="true">
              {i < current ? '✓' : i + 1}
            </span>
            <span className="step-label">{label(o.label, o.id)}</span>
          </li>
        );
      })}
    </ol>
  );
}
