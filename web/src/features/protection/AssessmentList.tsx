import { KIND_KEYS, VALUE_KEYS } from '../../shared/assessmentValues';
import { actorName } from '../../shared/people';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useRefLabel } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { Assessment } from './types';

/** The labels an assessment's items may carry: risk factors, needs, reintegration steps. */
function itemsOf(reference: ProtectionReference) {
  return [
    ...reference.risk_assessment.stages.flatMap((s) => s.factors),
    ...reference.needs_assessment.levels.flatMap((l) => l.items),
    ...reference.reintegration_plan.steps,
  ];
}

/** Assessments made so far, newest first: kind, stage, completed, each item's value and note. */
export function AssessmentList({ items, reference }: { items: Assessment[]; reference: ProtectionReference }) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  const all = itemsOf(reference);
  if (items.length === 0) return <p className="muted">{t('assessment.empty')}</p>;
  return (
    <ul className="wf-steps" data-testid="assessment-list">
      {items.map((a) => (
        <li key={a.id} className="card assessment" data-testid={`assessment-row-${a.id}`} data-kind={a.kind}>
          <div className="wf-step-head">
            <strong>{KIND_KEYS[a.kind] ? t(KIND_KEYS[a.kind]) : a.kind}</strong>
            {a.stage && <span>{label(reference.risk_assessment.stages, a.stage)}</span>}
            <span className={a.completed ? 'state task-status-done' : 'state'}>{a.completed ? t('assessment.completed') : t('assessment.in_progress')}</span>
          </div>
          <p className="muted">
            {actorName(a.by)} · {formatDateTime(a.at)}
          </p>
          {a.kind === 'age' && (
            <p>
              {[a.method, a.result && (VALUE_KEYS[a.result] ? t(VALUE_KEYS[a.result]) : a.result), a.estimated_age != null ? t('assessment.estimated', { age: a.estimated_age }) : ''].filter(Boolean).join(' · ')}
            </p>
          )}
          {a.items && Object.keys(a.items).length > 0 && (
            <ul className="assessment-items">
              {Object.entries(a.items).map(([id, item]) => (
                <li key={id}>
                  {label(all, id)}: <strong>{VALUE_KEYS[item.value] ? t(VALUE_KEYS[item.value]) : item.value}</strong>
                  {item.note && <span className="muted"> — {item.note}</span>}
                </li>
              ))}
            </ul>
          )}
          {a.note && <p className="pre muted">{a.note}</p>}
        </li>
      ))}
    </ul>
  );
}
