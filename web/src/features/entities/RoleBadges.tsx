import { useLookupLabel } from '../../shared/reference';
import type { Involvement } from './types';

/** The roles a record holds in the case (a suspect's network role beside it). */
export function RoleBadges({ involvements }: { involvements: Involvement[] | undefined }) {
  const label = useLookupLabel();
  if (!involvements?.length) return null;
  return (
    <span className="badges">
      {involvements.map((i) => (
        <span key={i.role} className={`badge badge-role badge-role-${i.role}`} data-testid="entity-role">
          {label('involvement_roles', i.role)}
          {i.network_role && ` · ${label('network_roles', i.network_role)}`}
        </span>
      ))}
    </span>
  );
}
