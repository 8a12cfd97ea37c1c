// The referral form: the services the chosen organisation offers, the consents that can carry a
// referral (active, given), the check before sending and the POST body.
import type { Partner } from '../partners';
import { ApiError } from '../../shared/api';
import type { Consent, ReferralBody } from './types';

export interface ReferralValues {
  organisation_id: string;
  service: string;
  consent_id: string;
  note: string;
  urgent: boolean;
}

export const EMPTY_REFERRAL: ReferralValues = { organisation_id: '', service: '', consent_id: '', note: '', urgent: false };

/** Active partners only: an inactive one takes no new referrals. */
export const referablePartners = (partners: Partner[]): Partner[] => partners.filter((p) => p.active !== false);

/** The services the organisation offers (422 invalid_value field service otherwise). */
export const servicesOf = (partners: Partner[], organisationId: string): string[] =>
  partners.find((p) => p.id === organisationId)?.services ?? [];

/** Consents that may carry a referral: not withdrawn, and given. */
export const usableConsents = (consents: Consent[] | undefined): Consent[] =>
  (consents ?? []).filter((c) => c.active && c.decision === 'given');

/** A new organisation keeps the service only if it offers it too. */
export function withOrganisation(v: ReferralValues, partners: Partner[], organisationId: string): ReferralValues {
  const offered = servicesOf(partners, organisationId);
  return { ...v, organisation_id: organisationId, service: offered.includes(v.service) ? v.service : offered.length === 1 ? offered[0] : '' };
}

export function checkReferral(v: ReferralValues): ApiError | null {
  if (!v.organisation_id) return new ApiError({ status: 422, code: 'required', field: 'organisation_id' });
  if (!v.service) return new ApiError({ status: 422, code: 'required', field: 'service' });
  return null;
}

export function referralBody(v: ReferralValues): ReferralBody {
  const body: ReferralBody = { organisation_id: v.organisation_id, service: v.service, note: v.note.trim(), urgent: v.urgent };
  if (v.consent_id) body.consent_id = v.consent_id;
  return body;
}
