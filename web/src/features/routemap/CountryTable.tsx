import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { ROLE_KEYS } from './RouteMap';
import type { RouteCountry } from './types';

/** The map's countries as a table, for reading exact counts (and for screen readers). */
export function CountryTable({ countries }: { countries: RouteCountry[] }) {
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
          <th scope="col">{t('routemap.role')}</th>
          <th scope="col" className="num">{t('routemap.count')}</th>
        </tr>
      </thead>
      <tbody>
        {countries.map((c) => (
          <tr key={`${c.code}/${c.role}`} data-testid="route-country-row" data-code={c.code}>
            <td>{nameOf(c.code)}</td>
            <td>{t(ROLE_KEYS[c.role])}</td>
            <td className="num">{c.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
