import { describe, expect, it } from 'vitest';
import { caseFields, createBody, EMPTY_CASE_VALUES, missingRequired, patchBody, valuesFromCase } from './caseForm';
import type { Case } from './types';

const base: Case = {
  id: 'c1', reference: 'KZ-2026-0001', title: 'Old title', category: 'tip', forms_of_exploitation: ['labour'],
  approach: 'reactive', trigger: 'complaint', state: 'open', jurisdiction: { country: 'KZ', region: 'Almaty' },
  owning_unit: { id: 'n1', code: 'KZ-ALA', name: 'Almaty' }, created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-02T00:00:00.000Z', version: 7, summary: '', countries_of_origin: ['UZ'],
  countries_of_transit: [], countries_of_destination: ['KZ'], covert: false,
  created_by: { id: 'u1', username: 'aigul', display_name: 'Aigul' }, team: [], shares: [], links: [],
};
const names = (c?: Case) => caseFields(c).map((f) => f.name);

describe('case form', () => {
  it('shows victim_notes on create and only when the server sent the key on edit', () => {
    expect(names()).toContain('victim_notes');
    expect(names()).not.toContain('state');
    expect(names(base)).not.toContain('victim_notes');
    expect(names({ ...base, victim_notes: '' })).toContain('victim_notes');
    expect(caseFields().find((f) => f.name === 'victim_notes')?.restricted).toBe(true);
  });

  it('builds a create body without empty optional fields', () => {
    const body = createBody({ ...EMPTY_CASE_VALUES, title: ' T ', category: 'tip', approach: 'proactive', trigger: 'patrol', jurisdiction_country: 'KG', countries_of_origin: ['TJ'] });
    expect(body).toEqual({
      title: 'T', category: 'tip', forms_of_exploitation: [], approach: 'proactive', trigger: 'patrol',
      jurisdiction: { country: 'KG' }, countries_of_origin: ['TJ'], countries_of_transit: [],
      countries_of_destination: [], covert: false,
    });
  });

  it('patches only changed fields, always with the version', () => {
    const v = valuesFromCase(base);
    expect(patchBody(base, v)).toEqual({ version: 7 });
    expect(patchBody(base, { ...v, title: 'New', countries_of_transit: ['RU'], jurisdiction_region: '' })).toEqual({
      version: 7, title: 'New', countries_of_transit: ['RU'], jurisdiction: { country: 'KZ', region: '' },
    });
    expect(patchBody(base, { ...v, victim_notes: 'x' })).toEqual({ version: 7 });
    expect(patchBody({ ...base, victim_notes: 'a' }, { ...valuesFromCase({ ...base, victim_notes: 'a' }), victim_notes: 'b' })).toEqual({ version: 7, victim_notes: 'b' });
  });

  it('names the first required field left empty', () => {
    expect(missingRequired(caseFields(), EMPTY_CASE_VALUES)).toBe('title');
    expect(missingRequired(caseFields(base), valuesFromCase(base))).toBeNull();
  });
});
