// The register form and the add-custody-event form as data, and their mapping to API bodies.
import type { FieldDef, FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { isoToLocal, localToIso } from '../../shared/datetime';
import { NEEDS_HOLDER, NEEDS_SEALS } from './display';
import type { CustodyBody, Exhibit, ExhibitCreateBody, ExhibitPatchBody } from './types';

const f = (def: FieldDef): FieldDef => def;

/** The seizure: where, when, by whom and under which authority — all required but three. */
export const EXHIBIT_FIELDS: FieldDef[] = [
  f({ name: 'evidence_type', type: 'select', labelKey: 'exhibits.fields.evidence_type', lookup: 'evidence_types', required: true, testId: 'exhibit-evidence-type' }),
  f({ name: 'description', type: 'textarea', labelKey: 'exhibits.fields.description', required: true, testId: 'exhibit-description', maxLength: 20000 }),
  f({ name: 'seized_at', type: 'datetime', labelKey: 'exhibits.fields.seized_at', helpKey: 'exhibits.help.local_time', required: true, testId: 'exhibit-seized-at' }),
  f({ name: 'seized_place', type: 'text', labelKey: 'exhibits.fields.seized_place', required: true, testId: 'exhibit-seized-place', maxLength: 500 }),
  f({ name: 'seized_by', type: 'text', labelKey: 'exhibits.fields.seized_by', required: true, testId: 'exhibit-seized-by', maxLength: 200 }),
  f({ name: 'authority', type: 'text', labelKey: 'exhibits.fields.authority', helpKey: 'exhibits.help.authority', required: true, testId: 'exhibit-authority', maxLength: 500 }),
  f({ name: 'warrant_number', type: 'text', labelKey: 'exhibits.fields.warrant_number', testId: 'exhibit-warrant-number', maxLength: 100 }),
  f({ name: 'packaging', type: 'textarea', labelKey: 'exhibits.fields.packaging', testId: 'exhibit-packaging', maxLength: 1000 }),
  f({ name: 'seal_numbers', type: 'list', labelKey: 'exhibits.fields.seal_numbers', testId: 'exhibit-seal-numbers', maxLength: 100 }),
];

export const CUSTODY_FIELDS: FieldDef[] = [
  f({ name: 'at', type: 'datetime', labelKey: 'exhibits.custody.fields.at', helpKey: 'exhibits.custody.help.at', testId: 'custody-at' }),
  f({ name: 'holder', type: 'text', labelKey: 'exhibits.custody.fields.holder', testId: 'custody-holder', maxLength: 200 }),
  f({ name: 'location', type: 'text', labelKey: 'exhibits.custody.fields.location', testId: 'custody-location', maxLength: 500 }),
  f({ name: 'seal_numbers', type: 'list', labelKey: 'exhibits.custody.fields.seal_numbers', testId: 'custody-seals', maxLength: 100 }),
  f({ name: 'note', type: 'textarea', labelKey: 'exhibits.custody.fields.note', testId: 'custody-note', maxLength: 5000 }),
];

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');

/** Trimmed, without blanks and repeats. */
export function cleanList(v: FormValues, k: string): string[] {
  const raw = Array.isArray(v[k]) ? (v[k] as string[]) : [];
  return [...new Set(raw.map((s) => s.trim()).filter(Boolean))];
}

export const EMPTY_EXHIBIT_VALUES: FormValues = {
  evidence_type: '', description: '', seized_at: '', seized_place: '', seized_by: '', authority: '',
  warrant_number: '', packaging: '', seal_numbers: [],
};

export function valuesFromExhibit(x: Exhibit): FormValues {
  return {
    evidence_type: x.evidence_type, description: x.description, seized_at: isoToLocal(x.seized_at),
    seized_place: x.seized_place, seized_by: x.seized_by, authority: x.authority,
    warrant_number: x.warrant_number ?? '', packaging: x.packaging ?? '', seal_numbers: x.seal_numbers ?? [],
  };
}

const problem = (code: string, field: string) => new ApiError({ status: 422, code, field });

/** The first problem the server would answer with for a missing or unreadable field. */
export function checkExhibit(v: FormValues): ApiError | null {
  const empty = EXHIBIT_FIELDS.find((d) => d.required && !str(v, d.name));
  if (empty) return problem('required', empty.name);
  if (!localToIso(str(v, 'seized_at'))) return problem('invalid_date', 'seized_at');
  return null;
}

export function createBody(v: FormValues): ExhibitCreateBody {
  const body: ExhibitCreateBody = {
    evidence_type: str(v, 'evidence_type'),
    description: str(v, 'description'),
    seized_at: localToIso(str(v, 'seized_at')) ?? '',
    seized_place: str(v, 'seized_place'),
    seized_by: str(v, 'seized_by'),
    authority: str(v, 'authority'),
  };
  if (str(v, 'warrant_number')) body.warrant_number = str(v, 'warrant_number');
  if (str(v, 'packaging')) body.packaging = str(v, 'packaging');
  const seals = cleanList(v, 'seal_numbers');
  if (seals.length > 0) body.seal_numbers = seals;
  return body;
}

/** PATCH body with the version and only the fields that changed. */
export function patchBody(x: Exhibit, v: FormValues): ExhibitPatchBody {
  const before = valuesFromExhibit(x);
  const body: ExhibitPatchBody = { version: x.version };
  const record = body as Record<string, unknown>;
  for (const name of ['evidence_type', 'description', 'seized_place', 'seized_by', 'authority', 'warrant_number', 'packaging']) {
    if (str(v, name) !== str(before, name)) record[name] = str(v, name);
  }
  if (str(v, 'seized_at') !== str(before, 'seized_at')) body.seized_at = localToIso(str(v, 'seized_at')) ?? '';
  const seals = cleanList(v, 'seal_numbers');
  if (JSON.stringify(seals) !== JSON.stringify(cleanList(before, 'seal_numbers'))) body.seal_numbers = seals;
  return body;
}

export const EMPTY_CUSTODY_VALUES: FormValues = { at: '', holder: '', location: '', seal_numbers: [], note: '' };

/** A transfer or receipt names the holder; a sealing names the seals. */
export function checkCustody(kind: string, v: FormValues): ApiError | null {
  if (!kind) return problem('required', 'kind');
  if (NEEDS_HOLDER.includes(kind) && !str(v, 'holder')) return problem('required', 'holder');
  if (NEEDS_SEALS.includes(kind) && cleanList(v, 'seal_numbers').length === 0) return problem('required', 'seal_numbers');
  if (str(v, 'at') && !localToIso(str(v, 'at'))) return problem('invalid_date', 'at');
  return null;
}

/** Without `at` the server records the event as happening now. */
export function custodyBody(kind: string, v: FormValues): CustodyBody {
  const body: CustodyBody = { kind };
  const at = localToIso(str(v, 'at'));
  if (at) body.at = at;
  for (const name of ['holder', 'location', 'note'] as const) if (str(v, name)) body[name] = str(v, name);
  const seals = cleanList(v, 'seal_numbers');
  if (seals.length > 0) body.seal_numbers = seals;
  return body;
}
