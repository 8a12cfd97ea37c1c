import { recordPath } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { Participant } from './types';

/** Who was present, each with their role; a participant with a record links to it. */
export function PresentList({ caseId, present }: { caseId: string; present: Participant[] }) {
  const { t } = useI18n();
  const lookupLabel = useLookupLabel();
  if (present.length === 0) return <p className="muted">{t('interviews.present.empty')}</p>;
  return (
    <ul className="present-list" data-testid="present-list">
      {present.map((p, i) => (
        <li key={i}>
          <span className="badge badge-role">{lookupLabel('interview_participants', p.role)}</span>{' '}
          {p.entity_id ? <Link to={recordPath(caseId, p.entity_id)}>{p.name || t('interviews.present.record')}</Link> : p.name}
        </li>
      ))}
    </ul>
  );
}
