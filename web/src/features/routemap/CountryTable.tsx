import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { ROLE_KEYS } from './RouteMap';
import { ROLES } from './routeMapData';
import type { CountryRow } from './routeMapData';

/** The map's countries as a table: the cases naming each in every role, and the role the map shows. */
export function CountryTable({ countries }: { countries: CountryRow[] }) {
  const { t, lang } = useI18n();
  const lookup = useLookupLabel();
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  // The case form's own country list first (it has "Other"), then the browser's names.
  const nameOf = (code: string) => {
    const label = lookup('countries', code);
    if (label !== code) return label;
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <table className="count-table" data-testid="route-country-table">
      <thead>
        <tr>
          <th scope="col">{t('routemap.country')}</th>
          {ROLES.map((r) => (
            <th key={r} scope="col" className="num">
              {t(ROLE_KEYS[r])}
            </th>
          ))}
          <th scope="col">{t('routemap.role')}</th>
        </tr>
      </thead>
      <tbody>
        {countries.map((c) => (
          <tr key={c.code} data-testid="route-country-row" data-code={c.code} data-role={c.role}>
            <td>{nameOf(c.code)}</td>
            {ROLES.map((r) => (
              <td key={r} className="num" data-role={r}>
                {c[r]}
              </td>
            ))}
            <td>{t(ROLE_KEYS[c.role])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
