// The consent form: defaults (a child's consent is the guardian's), the check the server makes
// (422 guardian_required) and the POST body.
import { ApiError } from '../../shared/api';
import type { ConsentBody, ConsentPurpose, ProtectionFile } from './types';

/** Select values as strings; the body narrows them to the contract's ids. */
export interface ConsentValues {
  purpose: string;
  decision: string;
  given_by: string;
  organisations: string[];
  data: string[];
  note: string;
}

export const initialConsent = (child: boolean): ConsentValues => ({
  purpose: 'referral',
  decision: 'given',
  given_by: child ? 'guardian' : 'person',
  organisations: [],
  data: [],
  note: '',
});

export function checkConsent(file: Pick<ProtectionFile, 'child' | 'guardian'>, v: ConsentValues): ApiError | null {
  if (!v.purpose) return new ApiError({ status: 422, code: 'required', field: 'purpose' });
  if (file.child && (!file.guardian || v.given_by !== 'guardian')) return new ApiError({ status: 422, code: 'guardian_required', field: 'given_by' });
  return null;
}

export const consentBody = (v: ConsentValues): ConsentBody => ({
  purpose: v.purpose as ConsentPurpose,
  decision: v.decision as ConsentBody['decision'],
  given_by: v.given_by as ConsentBody['given_by'],
  organisations: v.organisations,
  data: v.data,
  note: v.note.trim(),
});
