// The record form as data: which properties come first, the typed values the user entered,
// and their mapping to POST and PATCH bodies.
import { ApiError } from '../../shared/api';
import type { Entity, EntityCreateBody, EntityPatchBody, SchemaDef } from './types';

/** What the user typed: every property is multi-valued, so a list per property (blanks allowed). */
export type PropValues = Record<string, string[]>;

/** Properties shown before "All properties", after the schema's required ones. */
export const COMMON_PROPERTIES: Record<string, string[]> = {
  Person: ['name', 'lastName', 'firstName', 'fatherName', 'birthDate', 'nationality', 'phone', 'email', 'address', 'passportNumber'],
  Organization: ['name', 'country', 'registrationNumber', 'taxNumber', 'phone', 'email', 'address'],
  Address: ['full', 'street', 'city', 'region', 'postalCode', 'country'],
  BankAccount: ['iban', 'accountNumber', 'bankName', 'bic', 'currency', 'country'],
  Vehicle: ['registrationNumber', 'type', 'model', 'country', 'owner'],
  Identification: ['holder', 'type', 'number', 'country', 'startDate', 'endDate'],
  Passport: ['holder', 'number', 'country', 'startDate', 'endDate'],
  Associate: ['person', 'associate', 'relationship', 'startDate'],
  Family: ['person', 'relative', 'relationship'],
  Employment: ['employee', 'employer', 'role', 'startDate', 'endDate'],
  Payment: ['payer', 'beneficiary', 'amount', 'currency', 'date', 'purpose'],
  Call: ['caller', 'receiver', 'callerNumber', 'receiverNumber', 'date', 'duration'],
  Trip: ['name', 'startLocation', 'endLocation', 'vehicle', 'involved', 'startDate', 'endDate'],
  Ownership: ['owner', 'asset', 'percentage', 'role'],
  UnknownLink: ['subject', 'object', 'role'],
  Event: ['name', 'eventType', 'date', 'startDate', 'endDate', 'location', 'country', 'involved', 'description'],
};

/** The schema's properties split into the ones shown first and the rest, in schema order. */
export function formProperties(schema: string, def: SchemaDef): { main: string[]; rest: string[] } {
  const all = Object.keys(def.properties);
  const common = COMMON_PROPERTIES[schema] ?? all.slice(0, 6);
  const main = [...def.required, ...common.filter((p) => !def.required.includes(p))].filter((p) => p in def.properties);
  return { main, rest: all.filter((p) => !main.includes(p)) };
}

/** Trimmed, without blanks and repeats: what the server would keep. */
export function cleanValues(list: string[] | undefined): string[] {
  const out: string[] = [];
  for (const raw of list ?? []) {
    const v = raw.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

export function valuesFromEntity(e: Entity): PropValues {
  const out: PropValues = {};
  for (const [prop, values] of Object.entries(e.properties)) out[prop] = values.map((v) => v.value);
  return out;
}

function provenance(body: { source?: string; grade?: string }, source: string, grade: string) {
  if (source.trim()) body.source = source.trim();
  if (grade) body.grade = grade;
}

export function createBody(schema: string, values: PropValues, source: string, grade: string): EntityCreateBody {
  const properties: Record<string, string[]> = {};
  for (const [prop, list] of Object.entries(values)) {
    const clean = cleanValues(list);
    if (clean.length > 0) properties[prop] = clean;
  }
  const body: EntityCreateBody = { schema, properties };
  provenance(body, source, grade);
  return body;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));

/**
 * PATCH body with the version and only the properties that changed, each with every value it
 * should now have. Properties the user cannot see are absent from `original` and never sent.
 */
export function patchBody(original: Entity, values: PropValues, source: string, grade: string): EntityPatchBody {
  const before = valuesFromEntity(original);
  const properties: Record<string, string[]> = {};
  for (const prop of new Set([...Object.keys(before), ...Object.keys(values)])) {
    const now = cleanValues(values[prop]);
    const was = cleanValues(before[prop]);
    if (!sameSet(now, was)) properties[prop] = now;
  }
  const body: EntityPatchBody = { version: original.version, properties };
  provenance(body, source, grade);
  return body;
}

/** First required property left empty (on create), or emptied (on edit), for a local 422. */
export function missingRequired(def: SchemaDef, values: PropValues, editing = false): string | null {
  const missing = def.required.find((p) => {
    if (editing && !(p in values)) return false; // hidden from this user, or never had values
    return cleanValues(values[p]).length === 0;
  });
  return missing ?? null;
}

/**
 * Values the add form starts with, from its address (`?schema=Event&eventType=hearing`): every
 * parameter naming a property of the schema gives that property one value.
 */
export function initialValues(def: SchemaDef | undefined, params: URLSearchParams): PropValues {
  const out: PropValues = {};
  if (!def) return out;
  for (const [name, value] of params) if (name in def.properties && value.trim()) out[name] = [value.trim()];
  return out;
}

export const requiredProblem = (prop: string) => new ApiError({ status: 422, code: 'required', field: `properties.${prop}` });

/** The property a problem names (`field: "properties.phone"` → `phone`), if any. */
export function problemProperty(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const field = error.problem.field ?? '';
  return field.startsWith('properties.') ? field.slice('properties.'.length) : null;
}
