// The world's countries from world-atlas (Natural Earth 1:110m, bundled: no tile server, no CDN).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldData from 'world-atlas/countries-110m.json';

type CountryProps = { name: string };

const world = worldData as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;

let cached: Feature<Geometry, CountryProps>[] | null = null;

/** Each country as a GeoJSON feature, its `id` the ISO 3166-1 numeric code (Kosovo and a few others have none). */
export function countryFeatures(): Feature<Geometry, CountryProps>[] {
  if (!cached) cached = (feature(world, world.objects.countries) as FeatureCollection<Geometry, CountryProps>).features;
  return cached;
}
