import { VALUE_KEYS } from '../../shared/assessmentValues';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { SharedAssessment } from './types';

/** The items of a risk or needs assessment shared with a partner, by their labels. */
export function SharedAssessmentView({ a, reference }: { a: SharedAssessment; reference: ProtectionReference }) {
  const { t, label } = useI18n();
  const items = [
    ...reference.risk_assessment.stages.flatMap((s) => s.factors),
    ...reference.needs_assessment.levels.flatMap((l) => l.items),
  ];
  const rows = Object.entries(a.items ?? {}).map(([id, v]) => ({ id, value: typeof v === 'string' ? v : v.value, note: typeof v === 'string' ? '' : v.note ?? '' }));
  if (rows.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="assessment-items">
      {rows.map((r) => (
        <li key={r.id}>
          {label(items.find((i) => i.id === r.id)?.label, r.id)}: <strong>{VALUE_KEYS[r.value] ? t(VALUE_KEYS[r.value]) : r.value}</strong>
          {r.note && <span className="muted"> — {r.note}</span>}
        </li>
      ))}
    </ul>
  );
}
