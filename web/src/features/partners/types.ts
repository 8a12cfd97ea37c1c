// Shapes of the partner directory (docs/api-protection.md "Partner directory").

export interface PartnerContacts {
  phone?: string;
  email?: string;
  address?: string;
  person?: string;
}

export interface Partner {
  id: string;
  name: string;
  kind: string;
  country: string;
  region: string;
  /** Ids of referral_services (GET /protection/reference). */
  services: string[];
  contacts: PartnerContacts;
  unit_id: string | null;
  active: boolean;
  version?: number;
}

export interface PartnerQuery {
  service?: string;
  region?: string;
}

export interface PartnerBody {
  name: string;
  kind: string;
  country: string;
  region: string;
  services: string[];
  contacts: PartnerContacts;
  unit_id: string | null;
  active: boolean;
}

export type PartnerPatchBody = Partial<PartnerBody> & { version?: number };
