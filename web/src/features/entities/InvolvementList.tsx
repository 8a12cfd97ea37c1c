import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import type { Involvement } from './types';

interface Props {
  involvements: Involvement[];
  busy: boolean;
  /** Absent when the user may not change roles. */
  onRemove?: (i: Involvement) => void;
}

/** The roles a person or organisation holds in the case, with who added them and when. */
export function InvolvementList({ involvements, busy, onRemove }: Props) {
  const { t, formatDateTime } = useI18n();
  const label = useLookupLabel();
  if (involvements.length === 0) return <p className="muted">{t('entities.involvements.empty')}</p>;
  return (
    <ul className="involvements">
      {involvements.map((i) => (
        <li key={i.role} className="involvement" data-testid="involvement">
          <div>
            <span className={`badge badge-role badge-role-${i.role}`}>{label('involvement_roles', i.role)}</span>
            {i.network_role && <span className="network-role"> {label('network_roles', i.network_role)}</span>}
            {i.note && <p className="pre">{i.note}</p>}
            <small className="muted">{t('entities.involvements.added', { by: i.added_by, at: formatDateTime(i.added_at) })}</small>
          </div>
          {onRemove && (
            <button type="button" className="danger" disabled={busy} data-testid="involvement-remove" onClick={() => onRemove(i)}>
              {t('buttons.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
