// The protection file form: its values (prefilled from the address when opened from a case, or
// from the file when it is edited), the checks made before sending, the POST and the PATCH body.
import { ApiError } from '../../shared/api';
import type { Cooperation, FileCreateBody, FilePatchBody, ProtectionFile, Sex } from './types';

export interface FileValues {
  name: string;
  sex: string;
  birth_date: string;
  age_uncertain: boolean;
  nationality: string;
  /** Language codes, separated by commas. */
  languages: string;
  contact: string;
  jurisdiction: string;
  forms_of_exploitation: string[];
  cooperation: string;
  note: string;
  case_id: string;
  entity_id: string;
}

export const EMPTY_FILE: FileValues = {
  name: '', sex: 'unknown', birth_date: '', age_uncertain: false, nationality: '', languages: '', contact: '',
  jurisdiction: '', forms_of_exploitation: [], cooperation: 'undecided', note: '', case_id: '', entity_id: '',
};

/** `?case_id=&entity_id=&name=&jurisdiction=` of /protection/new, over the defaults. */
export function prefillFile(search: string, defaultJurisdiction = ''): FileValues {
  const q = new URLSearchParams(search);
  return {
    ...EMPTY_FILE,
    name: q.get('name') ?? '',
    case_id: q.get('case_id') ?? '',
    entity_id: q.get('entity_id') ?? '',
    jurisdiction: q.get('jurisdiction') ?? defaultJurisdiction,
    birth_date: q.get('birth_date') ?? '',
    nationality: q.get('nationality') ?? '',
  };
}

/** The address of the new-file form for a person of a case (with what the case already records of her). */
export function newFilePath(caseId: string, entityId: string, name = '', jurisdiction = '',
  known: { birth_date?: string; nationality?: string } = {}): string {
  const q = new URLSearchParams({ case_id: caseId, entity_id: entityId });
  if (name) q.set('name', name);
  if (jurisdiction) q.set('jurisdiction', jurisdiction);
  if (known.birth_date) q.set('birth_date', known.birth_date);
  if (known.nationality) q.set('nationality', known.nationality.toUpperCase());
  return `/protection/new?${q.toString()}`;
}

/** The form over a file being edited; the jurisdiction and the case stay as they are. */
export function valuesFromFile(f: ProtectionFile): FileValues {
  const p = f.person;
  return {
    ...EMPTY_FILE,
    name: p?.name ?? '',
    sex: p?.sex || 'unknown',
    birth_date: p?.birth_date ?? '',
    age_uncertain: Boolean(p?.age_uncertain),
    nationality: p?.nationality ?? '',
    languages: (p?.languages ?? []).join(', '),
    contact: p?.contact ?? '',
    jurisdiction: f.jurisdiction,
    forms_of_exploitation: f.forms_of_exploitation ?? [],
    cooperation: f.cooperation || 'undecided',
    note: f.note ?? '',
  };
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function checkFile(v: FileValues): ApiError | null {
  if (!v.name.trim()) return new ApiError({ status: 422, code: 'required', field: 'person.name' });
  if (v.birth_date.trim() && !PARTIAL_DATE.test(v.birth_date.trim())) return new ApiError({ status: 422, code: 'invalid_date', field: 'person.birth_date' });
  if (!v.jurisdiction) return new ApiError({ status: 422, code: 'required', field: 'jurisdiction' });
  return null;
}

export const splitList = (text: string): string[] =>
  text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);

export function fileBody(v: FileValues): FileCreateBody {
  const person: FileCreateBody['person'] = {
    name: v.name.trim(),
    sex: (v.sex || 'unknown') as Sex,
    birth_date: v.birth_date.trim() || null,
    age_uncertain: v.age_uncertain,
    languages: splitList(v.languages),
  };
  if (v.nationality) person.nationality = v.nationality;
  if (v.contact.trim()) person.contact = v.contact.trim();
  return {
    person,
    jurisdiction: v.jurisdiction,
    forms_of_exploitation: v.forms_of_exploitation,
    case_id: v.case_id || null,
    entity_id: v.entity_id || null,
    cooperation: (v.cooperation || 'undecided') as Cooperation,
    note: v.note.trim(),
  };
}

/** What the edit form shows of a problem: a 409 names `version`, which is no field of the form. */
export function editProblem(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'version_conflict' || !error.problem.field) return error;
  return new ApiError({ ...error.problem, field: undefined });
}

/**
 * The PATCH body: the whole person (the server replaces it, so an emptied field is sent empty),
 * the forms of exploitation, cooperation and note, with the version the form was opened on.
 */
export function filePatchBody(f: Pick<ProtectionFile, 'version'>, v: FileValues): FilePatchBody {
  return {
    version: f.version,
    person: {
      name: v.name.trim(),
      sex: (v.sex || 'unknown') as Sex,
      birth_date: v.birth_date.trim() || null,
      age_uncertain: v.age_uncertain,
      nationality: v.nationality || null,
      languages: splitList(v.languages),
      contact: v.contact.trim(),
    },
    forms_of_exploitation: v.forms_of_exploitation,
    cooperation: (v.cooperation || 'undecided') as Cooperation,
    note: v.note.trim(),
  };
}
