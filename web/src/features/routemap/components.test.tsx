import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { CountryTable } from './CountryTable';
import { RouteMap } from './RouteMap';
import { getRoutes } from './api';
import { aggregateCountries, alphaOf, countryRows, dominantRole, fillOpacity, numericId, routesToCountries } from './routeMapData';
import type { RoutesAnswer } from './types';
import { countryFeatures } from './world';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['graph.read'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

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

  it('turns GET /graph/routes into table rows (busiest first, dominant role) and map entries (one per role named)', () => {
    const answer: RoutesAnswer = {
      cases: 4,
      countries: [
        { code: 'UZ', origin: 3, transit: 0, destination: 0 },
        { code: 'KZ', origin: 1, transit: 2, destination: 2 },
        { code: 'ru', origin: 0, transit: 1, destination: 0 },
        { code: 'RU', origin: 0, transit: 0, destination: 1 },
        { code: 'TR', origin: 0, transit: 0, destination: 0 },
        { code: 'OTHER', origin: 1, transit: 0, destination: 0 },
      ],
    };
    expect(countryRows(answer)).toEqual([
      { code: 'KZ', origin: 1, transit: 2, destination: 2, total: 5, role: 'destination' },
      { code: 'UZ', origin: 3, transit: 0, destination: 0, total: 3, role: 'origin' },
      { code: 'RU', origin: 0, transit: 1, destination: 1, total: 2, role: 'destination' },
      { code: 'OTHER', origin: 1, transit: 0, destination: 0, total: 1, role: 'origin' },
    ]);
    expect(routesToCountries(answer)).toEqual([
      { code: 'KZ', role: 'origin', count: 1 },
      { code: 'KZ', role: 'transit', count: 2 },
      { code: 'KZ', role: 'destination', count: 2 },
      { code: 'UZ', role: 'origin', count: 3 },
      { code: 'RU', role: 'transit', count: 1 },
      { code: 'RU', role: 'destination', count: 1 },
      { code: 'OTHER', role: 'origin', count: 1 },
    ]);
    // The map colours each country as the table says.
    const { fills } = aggregateCountries(routesToCountries(answer));
    expect(fills.get('398')).toMatchObject({ role: 'destination', count: 5, byRole: { origin: 1, transit: 2, destination: 2 } });
    expect(fills.get('860')).toMatchObject({ role: 'origin', count: 3 });
    expect(dominantRole({ origin: 2, transit: 2, destination: 1 })).toBe('transit');
    expect(countryRows(undefined)).toEqual([]);
    expect(countryRows({ cases: 0, countries: [] })).toEqual([]);
  });

  it('asks for every case or for one', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ cases: 0, countries: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await getRoutes('');
    await getRoutes(' c1 ');
    expect(urls).toEqual(['/api/v1/graph/routes', '/api/v1/graph/routes?case_id=c1']);
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
    // A country named in several roles says so in its tooltip.
    const several = wrap(<RouteMap countries={[{ code: 'KZ', role: 'transit', count: 2 }, { code: 'KZ', role: 'destination', count: 3 }]} />);
    expect(several).toContain('<title>Kazakhstan: Destination, 5 (Transit 2, Destination 3)</title>');
  });

  it('lists the countries with the lookup names first, the cases in every role and the role on the map', () => {
    const rows = countryRows({
      cases: 3,
      countries: [
        { code: 'KZ', origin: 0, transit: 1, destination: 2 },
        { code: 'OTHER', origin: 1, transit: 0, destination: 0 },
        { code: 'FR', origin: 0, transit: 1, destination: 0 },
      ],
    });
    const html = wrap(<CountryTable countries={rows} />, 'ru');
    expect(html).toContain('Казахстан');
    expect(html).toContain('Франция');
    expect(html).toContain('Другая страна');
    expect(html).toContain('Транзит');
    expect(html).toContain('На карте как');
    expect(html).toMatch(/data-code="KZ" data-role="destination"><td>Казахстан<\/td><td class="num" data-role="origin">0<\/td><td class="num" data-role="transit">1<\/td><td class="num" data-role="destination">2<\/td><td>Назначение<\/td>/);
    expect((html.match(/data-testid="route-country-row"/g) ?? []).length).toBe(3);
  });
});
