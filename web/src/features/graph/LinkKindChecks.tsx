import { toggleId } from '../../shared/toggle';
import { useI18n } from '../../shared/useI18n';
import { LINK_COLOURS, LINK_KEYS, LINK_KINDS } from './links';
import type { GraphQueryOptions } from './useGraph';

const DEPTHS = [1, 2, 3];

interface Props {
  options: GraphQueryOptions;
  onChange: (o: GraphQueryOptions) => void;
}

/** Which kinds of link a query follows (start, expand, paths) and how many steps out it starts. */
export function LinkKindChecks({ options, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="field graph-links" data-testid="graph-links">
      <legend>{t('graph.links.title')}</legend>
      <div className="checks">
        {LINK_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={options.links.includes(k)}
              data-testid={`graph-link-${k}`}
              onChange={(e) => {
                const links = toggleId(options.links, k, e.target.checked);
                onChange({ ...options, links: LINK_KINDS.filter((l) => links.includes(l)) });
              }}
            />
            <span className="link-swatch" style={{ background: LINK_COLOURS[k] }} aria-hidden="true" />
            {t(LINK_KEYS[k])}
          </label>
        ))}
      </div>
      {options.links.length === 0 && <p className="field-error">{t('graph.links.none')}</p>}
      <label className="field">
        <span>{t('graph.links.depth')}</span>
        <select value={options.depth} data-testid="graph-depth" onChange={(e) => onChange({ ...options, depth: Number(e.target.value) })}>
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {t('graph.links.depth_value', { count: d })}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
