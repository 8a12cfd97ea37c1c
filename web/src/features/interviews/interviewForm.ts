// The interview form as data (everything but who was present, which is a list of rows) and its
// mapping to the POST and PATCH bodies.
import type { FieldDef, FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { isoToLocal, localToIso } from '../../shared/datetime';
import { lacksGuardian } from './display';
import type { Interview, InterviewCreateBody, InterviewPatchBody, Participant } from './types';

const f = (def: FieldDef): FieldDef => def;

export const INTERVIEW_FIELDS: FieldDef[] = [
  f({ name: 'kind', type: 'select', labelKey: 'interviews.fields.kind', lookup: 'interview_kinds', required: true, testId: 'interview-kind' }),
  f({ name: 'subject_entity_id', type: 'select', labelKey: 'interviews.fields.subject_entity_id', helpKey: 'interviews.help.subject', required: true, testId: 'interview-subject' }),
  f({ name: 'started_at', type: 'datetime', labelKey: 'interviews.fields.started_at', required: true, testId: 'interview-started-at' }),
  f({ name: 'ended_at', type: 'datetime', labelKey: 'interviews.fields.ended_at', testId: 'interview-ended-at' }),
  f({ name: 'place', type: 'text', labelKey: 'interviews.fields.place', testId: 'interview-place', maxLength: 500 }),
  f({ name: 'language', type: 'text', labelKey: 'interviews.fields.language', testId: 'interview-language', maxLength: 100 }),
  f({ name: 'peace_stage', type: 'select', labelKey: 'interviews.fields.peace_stage', lookup: 'peace_stages', testId: 'interview-peace-stage' }),
  f({ name: 'consent', type: 'checkbox', labelKey: 'interviews.fields.consent', testId: 'interview-consent' }),
  f({ name: 'consent_note', type: 'textarea', labelKey: 'interviews.fields.consent_note', testId: 'interview-consent-note', maxLength: 2000 }),
];

/** A row of the "present" part of the form. */
export type PresentRow = { role: string; name: string; entity_id: string };

export const EMPTY_ROW: PresentRow = { role: '', name: '', entity_id: '' };

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');

export const EMPTY_INTERVIEW_VALUES: FormValues = {
  kind: '', subject_entity_id: '', started_at: '', ended_at: '', place: '', language: '', peace_stage: '',
  consent: false, consent_note: '',
};

export function valuesFromInterview(iv: Interview): FormValues {
  return {
    kind: iv.kind, subject_entity_id: iv.subject.id, started_at: isoToLocal(iv.started_at), ended_at: isoToLocal(iv.ended_at),
    place: iv.place ?? '', language: iv.language ?? '', peace_stage: iv.peace_stage ?? '', consent: iv.consent === true,
    consent_note: iv.consent_note ?? '',
  };
}

export const rowsFromInterview = (iv: Interview): PresentRow[] =>
  iv.present.map((p) => ({ role: p.role, name: p.name ?? '', entity_id: p.entity_id ?? '' }));

/** The rows the user filled in (a row with nothing in it is left out), as the API spells them. */
export function presentBody(rows: PresentRow[]): Participant[] {
  return rows
    .map((r) => ({ role: r.role, name: r.name.trim(), entity_id: r.entity_id }))
    .filter((r) => r.role || r.name || r.entity_id)
    .map((r) => (r.entity_id ? r : { role: r.role, name: r.name }));
}

const problem = (code: string, field: string) => new ApiError({ status: 422, code, field });

/** The first problem the server would answer with, found before sending. */
export function checkInterview(v: FormValues, rows: PresentRow[]): ApiError | null {
  const empty = INTERVIEW_FIELDS.find((d) => d.required && !str(v, d.name));
  if (empty) return problem('required', empty.name);
  for (const name of ['started_at', 'ended_at']) if (str(v, name) && !localToIso(str(v, name))) return problem('invalid_date', name);
  const present = presentBody(rows);
  if (present.some((p) => !p.role || (!p.name && !p.entity_id))) return problem('required', 'present');
  if (lacksGuardian(str(v, 'kind'), present)) return problem('child_needs_guardian', 'present');
  return null;
}

export function createBody(v: FormValues, rows: PresentRow[]): InterviewCreateBody {
  const body: InterviewCreateBody = {
    kind: str(v, 'kind'),
    subject_entity_id: str(v, 'subject_entity_id'),
    started_at: localToIso(str(v, 'started_at')) ?? '',
  };
  const ended = localToIso(str(v, 'ended_at'));
  if (ended) body.ended_at = ended;
  for (const name of ['place', 'language', 'peace_stage', 'consent_note'] as const) if (str(v, name)) body[name] = str(v, name);
  if (v.consent === true) body.consent = true;
  const present = presentBody(rows);
  if (present.length > 0) body.present = present;
  return body;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** PATCH body with the version and only what changed (the checklist is ticked on the page). */
export function patchBody(iv: Interview, v: FormValues, rows: PresentRow[]): InterviewPatchBody {
  const before = valuesFromInterview(iv);
  const body: InterviewPatchBody = { version: iv.version };
  const record = body as Record<string, unknown>;
  for (const name of ['kind', 'subject_entity_id', 'place', 'language', 'peace_stage', 'consent_note']) {
    if (str(v, name) !== str(before, name)) record[name] = str(v, name);
  }
  if (str(v, 'started_at') !== str(before, 'started_at')) body.started_at = localToIso(str(v, 'started_at')) ?? '';
  if (str(v, 'ended_at') !== str(before, 'ended_at')) body.ended_at = localToIso(str(v, 'ended_at'));
  if ((v.consent === true) !== iv.consent) body.consent = v.consent === true;
  const present = presentBody(rows);
  if (!same(present, presentBody(rowsFromInterview(iv)))) body.present = present;
  return body;
}
