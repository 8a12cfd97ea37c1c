import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { CountryTable } from './CountryTable';
import { RouteMap } from './RouteMap';
import { aggregateCountries, alphaOf, casesToCountries, fillOpacity, numericId } from './routeMapData';
import { countryFeatures } from './world';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['graph.read'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

describe('route map data', () => {
  it('maps ISO alpha-2 codes to the atlas ids and back', () => {
    expect(numericId('KZ')).toBe('398');
    expect(numericId(' uz ')).toBe('860');
    expect(numericId('4')).toBe('004');
    expect(numericId('OTHER')).toBeUndefined();
    expect(alphaOf('643')).toBe('RU');
    // Every country the atlas names with a number has a code here.
    const ids = countryFeatures().map((f) => f.id).filter((id) => id !== undefined);
    expect(ids.length).toBeGreaterThan(170);
    expect(ids.filter((id) => !alphaOf(String(id)))).toEqual([]);
  });

  it('sums counts per country and picks the role with the most, the later on the route on a tie', () => {
    const { fills, unknown } = aggregateCountries([
      { code: 'UZ', role: 'origin', count: 3 },
      { code: 'KZ', role: 'transit', count: 2 },
      { code: 'KZ', role: 'destination', count: 2 },
      { code: 'RU', role: 'destination', count: 5 },
      { code: 'RU', role: 'origin', count: 1 },
      { code: 'OTHER', role: 'origin', count: 1 },
    ]);
    expect(fills.get('860')).toMatchObject({ role: 'origin', count: 3 });
    expect(fills.get('398')).toMatchObject({ role: 'destination', count: 4, byRole: { origin: 0, transit: 2, destination: 2 } });
    expect(fills.get('643')).toMatchObject({ role: 'destination', count: 6 });
    expect(unknown).toEqual(['OTHER']);
    expect(fillOpacity(6, 6)).toBe(1);
    expect(fillOpacity(0, 6)).toBeCloseTo(0.35);
  });

  it('counts each case’s jurisdiction country as a destination (the placeholder)', () => {
    expect(casesToCountries([{ id: '1', jurisdiction: { country: 'KZ' } }, { id: '2', jurisdiction_country: 'kz' }, { id: '3', jurisdiction: { country: 'UZ' } }, { id: '4', jurisdiction: null }])).toEqual([
      { code: 'KZ', role: 'destination', count: 2 },
      { code: 'UZ', role: 'destination', count: 1 },
    ]);
  });
});

describe('route map', () => {
  it('draws the world and fills the route’s countries by role, named in the current language', () => {
    const html = wrap(<RouteMap countries={[{ code: 'KZ', role: 'destination', count: 2 }, { code: 'UZ', role: 'origin', count: 1 }, { code: 'RU', role: 'transit', count: 1 }]} />, 'ru');
    expect((html.match(/<path /g) ?? []).length).toBeGreaterThan(170);
    expect(html).toMatch(/class="route-country route-destination" fill-opacity="1" data-testid="route-country" data-id="398" data-role="destination" data-count="2"><title>Казахстан: Назначение, 2<\/title>/);
    expect(html).toContain('data-id="860" data-role="origin"');
    expect(html).toContain('data-id="643" data-role="transit"');
    expect((html.match(/data-testid="route-country"/g) ?? []).length).toBe(3);
    expect(html).toContain('Происхождение');
    expect(wrap(<RouteMap countries={[]} label="Trips" />)).toContain('aria-label="Trips"');
  });

  it('lists the countries with the lookup names first', () => {
    const html = wrap(<CountryTable countries={[{ code: 'KZ', role: 'destination', count: 2 }, { code: 'OTHER', role: 'destination', count: 1 }, { code: 'FR', role: 'transit', count: 1 }]} />, 'ru');
    expect(html).toContain('Казахстан');
    expect(html).toContain('Франция');
    expect(html).toContain('Другая страна');
    expect(html).toContain('Транзит');
  });
});
