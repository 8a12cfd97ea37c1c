// The case form as data (STYLE.md "forms driven by config") and its mapping to API bodies.
import type { FieldDef, FormValues } from '../../forms';
import type { Case, CaseCreateBody, CasePatchBody } from './types';

const f = (def: FieldDef): FieldDef => def;

export const CASE_FIELDS: FieldDef[] = [
  f({ name: 'title', type: 'text', labelKey: 'case.fields.title', required: true, testId: 'case-form-title', maxLength: 300 }),
  f({ name: 'summary', type: 'textarea', labelKey: 'case.fields.summary', testId: 'case-form-summary' }),
  f({ name: 'state', type: 'select', labelKey: 'case.fields.state', lookup: 'case_states', required: true, testId: 'case-form-state' }),
  f({ name: 'category', type: 'select', labelKey: 'case.fields.category', lookup: 'categories', required: true, testId: 'case-form-category' }),
  f({ name: 'forms_of_exploitation', type: 'multi', labelKey: 'case.fields.forms_of_exploitation', lookup: 'forms_of_exploitation', testId: 'case-form-forms' }),
  f({ name: 'approach', type: 'select', labelKey: 'case.fields.approach', lookup: 'approaches', required: true, testId: 'case-form-approach' }),
  f({ name: 'trigger', type: 'select', labelKey: 'case.fields.trigger', lookup: 'triggers', required: true, testId: 'case-form-trigger' }),
  f({ name: 'jurisdiction_country', type: 'select', labelKey: 'case.fields.jurisdiction_country', lookup: 'countries', required: true, testId: 'case-form-country' }),
  f({ name: 'jurisdiction_region', type: 'text', labelKey: 'case.fields.jurisdiction_region', testId: 'case-form-region' }),
  f({ name: 'countries_of_origin', type: 'multi', labelKey: 'case.fields.countries_of_origin', lookup: 'countries', testId: 'case-form-origin' }),
  f({ name: 'countries_of_transit', type: 'multi', labelKey: 'case.fields.countries_of_transit', lookup: 'countries', testId: 'case-form-transit' }),
  f({ name: 'countries_of_destination', type: 'multi', labelKey: 'case.fields.countries_of_destination', lookup: 'countries', testId: 'case-form-destination' }),
  f({ name: 'covert', type: 'checkbox', labelKey: 'case.fields.covert', helpKey: 'case.help.covert', testId: 'case-form-covert' }),
  f({ name: 'victim_notes', type: 'textarea', labelKey: 'case.fields.victim_notes', helpKey: 'case.help.victim_notes', restricted: true, testId: 'case-form-victim-notes' }),
];

/**
 * Fields of the create form, or of the edit form of `existing`. `state` is never edited here: it
 * follows the case's workflow (the Workflow tab's steps); victim_notes shows on create and when
 * the server sent the key.
 */
export function caseFields(existing?: Case): FieldDef[] {
  return CASE_FIELDS.filter((d) => {
    if (d.name === 'state') return false;
    if (d.name === 'victim_notes') return existing === undefined || 'victim_notes' in existing;
    return true;
  });
}

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string) : '');
const list = (v: FormValues, k: string): string[] => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

export const EMPTY_CASE_VALUES: FormValues = {
  title: '', summary: '', category: '', forms_of_exploitation: [], approach: '', trigger: '',
  jurisdiction_country: '', jurisdiction_region: '', countries_of_origin: [], countries_of_transit: [],
  countries_of_destination: [], covert: false, victim_notes: '',
};

export function valuesFromCase(c: Case): FormValues {
  const values: FormValues = {
    title: c.title, summary: c.summary ?? '', state: c.state, category: c.category,
    forms_of_exploitation: c.forms_of_exploitation ?? [], approach: c.approach, trigger: c.trigger,
    jurisdiction_country: c.jurisdiction?.country ?? '', jurisdiction_region: c.jurisdiction?.region ?? '',
    countries_of_origin: c.countries_of_origin ?? [], countries_of_transit: c.countries_of_transit ?? [],
    countries_of_destination: c.countries_of_destination ?? [], covert: c.covert === true,
  };
  if (c.victim_notes !== undefined) values.victim_notes = c.victim_notes;
  return values;
}

/** First required field left empty, for a problem shown before asking the server. */
export function missingRequired(fields: FieldDef[], v: FormValues): string | null {
  const empty = fields.find((d) => d.required && str(v, d.name).trim() === '');
  return empty ? empty.name : null;
}

export function createBody(v: FormValues): CaseCreateBody {
  const region = str(v, 'jurisdiction_region').trim();
  const body: CaseCreateBody = {
    title: str(v, 'title').trim(),
    category: str(v, 'category'),
    forms_of_exploitation: list(v, 'forms_of_exploitation'),
    approach: str(v, 'approach'),
    trigger: str(v, 'trigger'),
    jurisdiction: region ? { country: str(v, 'jurisdiction_country'), region } : { country: str(v, 'jurisdiction_country') },
    countries_of_origin: list(v, 'countries_of_origin'),
    countries_of_transit: list(v, 'countries_of_transit'),
    countries_of_destination: list(v, 'countries_of_destination'),
    covert: v.covert === true,
  };
  if (str(v, 'summary').trim()) body.summary = str(v, 'summary').trim();
  if (str(v, 'victim_notes').trim()) body.victim_notes = str(v, 'victim_notes').trim();
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** PATCH body with `version` and only the fields that changed, so a no-op edit changes nothing. */
export function patchBody(original: Case, v: FormValues): CasePatchBody {
  const before = valuesFromCase(original);
  const body: CasePatchBody = { version: original.version };
  const record = body as Record<string, unknown>;
  for (const name of ['title', 'summary', 'state', 'category', 'approach', 'trigger', 'victim_notes']) {
    if (name === 'victim_notes' && !('victim_notes' in original)) continue;
    const value = str(v, name).trim();
    if (value !== str(before, name)) record[name] = value;
  }
  for (const name of ['forms_of_exploitation', 'countries_of_origin', 'countries_of_transit', 'countries_of_destination']) {
    if (!same(list(v, name), list(before, name))) record[name] = list(v, name);
  }
  if (v.covert !== before.covert) body.covert = v.covert === true;
  const country = str(v, 'jurisdiction_country');
  const region = str(v, 'jurisdiction_region').trim();
  if (country !== str(before, 'jurisdiction_country') || region !== str(before, 'jurisdiction_region')) {
    body.jurisdiction = { country, region };
  }
  return body;
}
