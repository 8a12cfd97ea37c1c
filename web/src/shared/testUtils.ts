// Fixtures for tests only (never imported by the app).
import type { User } from './session';
import type { Lookups } from './reference';
import lookupsFile from '../../../config/lookups/lookups.json';

export const testUser = (permissions: string[]): User => ({
  id: 'u1',
  username: 'aigul',
  display_name: 'Aigul',
  role: 'investigator',
  unit: { id: 'n1', code: 'KZ-ALA', name: 'Almaty' },
  totp_enabled: true,
  permissions,
});

/** The real option lists, as GET /lookups would send them. */
export const testLookups = lookupsFile as unknown as Lookups;
