// The partner form's values, the check made before sending and the POST / PATCH bodies.
import { ApiError } from '../../shared/api';
import type { Partner, PartnerBody, PartnerPatchBody } from './types';

export interface PartnerValues {
  name: string;
  kind: string;
  country: string;
  region: string;
  services: string[];
  phone: string;
  email: string;
  address: string;
  person: string;
  unit_id: string;
  active: boolean;
}

export const EMPTY_PARTNER: PartnerValues = {
  name: '', kind: '', country: '', region: '', services: [], phone: '', email: '', address: '', person: '', unit_id: '', active: true,
};

export const valuesFromPartner = (p: Partner): PartnerValues => ({
  name: p.name ?? '',
  kind: p.kind ?? '',
  country: p.country ?? '',
  region: p.region ?? '',
  services: p.services ?? [],
  phone: p.contacts?.phone ?? '',
  email: p.contacts?.email ?? '',
  address: p.contacts?.address ?? '',
  person: p.contacts?.person ?? '',
  unit_id: p.unit_id ?? '',
  active: p.active !== false,
});

export function checkPartner(v: PartnerValues): ApiError | null {
  if (!v.name.trim()) return new ApiError({ status: 422, code: 'required', field: 'name' });
  if (!v.country) return new ApiError({ status: 422, code: 'required', field: 'country' });
  return null;
}

export function partnerBody(v: PartnerValues): PartnerBody {
  return {
    name: v.name.trim(),
    kind: v.kind.trim(),
    country: v.country,
    region: v.region.trim(),
    services: v.services,
    contacts: { phone: v.phone.trim(), email: v.email.trim(), address: v.address.trim(), person: v.person.trim() },
    unit_id: v.unit_id || null,
    active: v.active,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed (contacts as a whole), with the version when the partner has one. */
export function partnerPatch(p: Partner, v: PartnerValues): PartnerPatchBody {
  const before = partnerBody(valuesFromPartner(p));
  const after = partnerBody(v);
  const body: PartnerPatchBody = p.version !== undefined ? { version: p.version } : {};
  for (const k of Object.keys(after) as (keyof PartnerBody)[]) {
    if (!same(after[k], before[k])) (body as Record<string, unknown>)[k] = after[k];
  }
  return body;
}
