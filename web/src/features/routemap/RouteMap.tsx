import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { useI18n } from '../../shared/useI18n';
import { aggregateCountries, alphaOf, fillOpacity, ROLES } from './routeMapData';
import type { RouteCountry, RouteRole } from './types';
import { countryFeatures } from './world';

interface Props {
  countries: RouteCountry[];
  width?: number;
  height?: number;
  /** The map's accessible name; "Route map" by default. */
  label?: string;
}

export const ROLE_KEYS: Record<RouteRole, string> = {
  origin: 'routemap.roles.origin',
  transit: 'routemap.roles.transit',
  destination: 'routemap.roles.destination',
};

/** A country's name in the current language (from the browser's own data), else the atlas's English name. */
function useCountryName(): (id: string | number | undefined, fallback: string) => string {
  const { lang } = useI18n();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      return null;
    }
  }, [lang]);
  return (id, fallback) => {
    const alpha = id === undefined ? undefined : alphaOf(String(id));
    return (alpha && names?.of(alpha)) || fallback;
  };
}

/**
 * A world map (Natural Earth projection) with the countries of a route filled by their role —
 * origin, transit, destination — stronger the more cases or trips; reusable with any list.
 */
export function RouteMap({ countries, width = 960, height = 500, label }: Props) {
  const { t } = useI18n();
  const name = useCountryName();
  const { fills } = useMemo(() => aggregateCountries(countries), [countries]);
  const max = Math.max(0, ...[...fills.values()].map((f) => f.count));
  // A country named in several roles lists them all after the one it is coloured by.
  const breakdown = (byRole: Record<RouteRole, number>) => {
    const named = ROLES.filter((r) => byRole[r] > 0);
    return named.length > 1 ? ` (${named.map((r) => `${t(ROLE_KEYS[r])} ${byRole[r]}`).join(', ')})` : '';
  };
  const paths = useMemo(() => {
    const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
    const path = geoPath(projection);
    return { sphere: path({ type: 'Sphere' }) ?? '', countries: countryFeatures().map((f) => ({ f, d: path(f) ?? '' })) };
  }, [width, height]);
  return (
    <figure className="route-map">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label ?? t('routemap.label')} data-testid="route-map">
        <path d={paths.sphere} className="route-sphere" />
        {paths.countries.map(({ f, d }, i) => {
          const id = f.id === undefined ? undefined : String(f.id);
          const fill = id ? fills.get(id) : undefined;
          const title = name(f.id, f.properties?.name ?? '');
          return (
            <path
              key={id ?? `x${i}`}
              d={d}
              className={fill ? `route-country route-${fill.role}` : 'route-country'}
              fillOpacity={fill ? fillOpacity(fill.count, max) : undefined}
              data-testid={fill ? 'route-country' : undefined}
              data-id={id}
              data-role={fill?.role}
              data-count={fill?.count}
            >
              <title>{fill ? `${title}: ${t(ROLE_KEYS[fill.role])}, ${fill.count}${breakdown(fill.byRole)}` : title}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="legend-row" data-testid="route-map-legend">
        {ROLES.map((r) => (
          <span key={r}>
            <span className={`swatch route-${r}`} aria-hidden="true" /> {t(ROLE_KEYS[r])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
