import { Link } from '../../shared/router';
import { recordPath, useCaptionText } from './display';
import type { RecordIndex } from './display';
import type { Entity, SchemaDef } from './types';

/** The two ends of a relationship, "A → B" (directed) or "A — B", each a link to its record. */
export function EdgeEnds({ e, def, records }: { e: Entity; def: SchemaDef | undefined; records: RecordIndex }) {
  const caption = useCaptionText();
  if (!def?.edge) return null;
  const end = (prop: string) =>
    (e.properties[prop] ?? []).map((v) => (
      <Link key={v.value} to={recordPath(e.case_id, v.value)} onClick={(ev) => ev.stopPropagation()}>
        {caption(records.get(v.value))}
      </Link>
    ));
  const source = end(def.edge.source);
  const target = end(def.edge.target);
  if (source.length === 0 && target.length === 0) return null;
  return (
    <span className="edge-ends muted">
      {source} <span aria-hidden="true">{def.edge.directed ? '→' : '—'}</span> {target}
    </span>
  );
}
