import { Link } from '../../shared/router';

/** The cases a contact appears in. */
export function CaseLinks({ ids }: { ids: string[] | undefined }) {
  return (
    <span className="entity-cell">
      {(ids ?? []).map((id) => (
        <Link key={id} to={`/cases/${id}`} className="mono">
          {id}
        </Link>
      ))}
    </span>
  );
}
