// The add-charge and edit-charge forms as data, the rules the server enforces (checked before
// sending, so the field is marked at once) and the mapping to POST and PATCH bodies.
import type { FieldDef, FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { isoToDate } from '../../shared/datetime';
import { CONVICTED, DECIDED } from './display';
import type { Charge, ChargeCreateBody, ChargePatchBody } from './types';

const f = (def: FieldDef): FieldDef => def;

export const CREATE_FIELDS: FieldDef[] = [
  f({ name: 'suspect_entity_id', type: 'select', labelKey: 'prosecution.fields.suspect_entity_id', required: true, testId: 'charge-suspect' }),
  f({ name: 'jurisdiction', type: 'select', labelKey: 'prosecution.fields.jurisdiction', required: true, testId: 'charge-jurisdiction' }),
  f({ name: 'article', type: 'select', labelKey: 'prosecution.fields.article', required: true, testId: 'charge-article' }),
  f({ name: 'status', type: 'select', labelKey: 'prosecution.fields.status', lookup: 'charge_statuses', testId: 'charge-status' }),
  f({ name: 'prosecutor', type: 'text', labelKey: 'prosecution.fields.prosecutor', testId: 'charge-prosecutor', maxLength: 300 }),
  f({ name: 'filed_at', type: 'date', labelKey: 'prosecution.fields.filed_at', testId: 'charge-filed-at' }),
  f({ name: 'note', type: 'textarea', labelKey: 'prosecution.fields.note', testId: 'charge-note', maxLength: 5000 }),
];

export const EDIT_FIELDS: FieldDef[] = [
  f({ name: 'status', type: 'select', labelKey: 'prosecution.fields.status', lookup: 'charge_statuses', required: true, testId: 'charge-edit-status' }),
  f({ name: 'filed_at', type: 'date', labelKey: 'prosecution.fields.filed_at', testId: 'charge-edit-filed-at' }),
  f({ name: 'outcome', type: 'select', labelKey: 'prosecution.fields.outcome', lookup: 'charge_outcomes', helpKey: 'prosecution.help.outcome', testId: 'charge-edit-outcome' }),
  f({ name: 'sentence', type: 'text', labelKey: 'prosecution.fields.sentence', helpKey: 'prosecution.help.sentence', testId: 'charge-edit-sentence', maxLength: 2000 }),
  f({ name: 'sentence_months', type: 'number', labelKey: 'prosecution.fields.sentence_months', testId: 'charge-edit-sentence-months' }),
  f({ name: 'prosecutor', type: 'text', labelKey: 'prosecution.fields.prosecutor', testId: 'charge-edit-prosecutor', maxLength: 300 }),
  f({ name: 'note', type: 'textarea', labelKey: 'prosecution.fields.note', testId: 'charge-edit-note', maxLength: 5000 }),
];

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
const problem = (code: string, field: string) => new ApiError({ status: 422, code, field });

export function emptyChargeValues(jurisdiction: string): FormValues {
  return { suspect_entity_id: '', jurisdiction, article: '', status: '', prosecutor: '', filed_at: '', note: '' };
}

export function valuesFromCharge(c: Charge): FormValues {
  return {
    status: c.status, filed_at: isoToDate(c.filed_at), outcome: c.outcome ?? '', sentence: c.sentence ?? '',
    sentence_months: c.sentence_months ? String(c.sentence_months) : '', prosecutor: c.prosecutor ?? '', note: c.note ?? '',
  };
}

/** A whole number of months, 0–1200; null for an empty field, NaN for anything else. */
function months(v: FormValues): number | null {
  const raw = str(v, 'sentence_months');
  if (!raw) return null;
  return /^\d+$/.test(raw) && Number(raw) <= 1200 ? Number(raw) : Number.NaN;
}

export function checkCreate(v: FormValues): ApiError | null {
  const empty = CREATE_FIELDS.find((d) => d.required && !str(v, d.name));
  return empty ? problem('required', empty.name) : null;
}

/** An outcome only once decided, a decision needs its outcome, a sentence only on conviction. */
export function checkEdit(v: FormValues): ApiError | null {
  const status = str(v, 'status');
  const outcome = str(v, 'outcome');
  if (!status) return problem('required', 'status');
  if (outcome && status !== DECIDED) return problem('invalid_value', 'outcome');
  if (status === DECIDED && !outcome) return problem('required', 'outcome');
  const m = months(v);
  if (Number.isNaN(m)) return problem('invalid_value', 'sentence_months');
  if ((str(v, 'sentence') || m) && outcome !== CONVICTED) return problem('invalid_value', 'sentence');
  return null;
}

export function createBody(v: FormValues): ChargeCreateBody {
  const body: ChargeCreateBody = {
    suspect_entity_id: str(v, 'suspect_entity_id'),
    jurisdiction: str(v, 'jurisdiction'),
    article: str(v, 'article'),
  };
  for (const name of ['status', 'prosecutor', 'filed_at', 'note'] as const) if (str(v, name)) body[name] = str(v, name);
  return body;
}

/** PATCH body with the version and only what changed; an emptied outcome or sentence is sent as ''. */
export function patchBody(c: Charge, v: FormValues): ChargePatchBody {
  const before = valuesFromCharge(c);
  const body: ChargePatchBody = { version: c.version };
  for (const name of ['status', 'outcome', 'sentence', 'prosecutor', 'note'] as const) {
    if (str(v, name) !== str(before, name)) body[name] = str(v, name);
  }
  // The server cannot empty a filing date: only a new one is sent.
  if (str(v, 'filed_at') && str(v, 'filed_at') !== str(before, 'filed_at')) body.filed_at = str(v, 'filed_at');
  const m = months(v);
  if (str(v, 'sentence_months') !== str(before, 'sentence_months')) body.sentence_months = m ?? 0;
  return body;
}
