// The jurisdictions (GET /jurisdictions) as the protection screens read them: each country's
// name, whether its rules are verified, and its protection rules. Fetched once per page load.
import { api } from '../../shared/api';
import type { Label } from '../../shared/protectionReference';

export interface JurisdictionProtection {
  reflection_period_days?: number;
  identification_roles?: string[];
  age_of_majority?: number;
  referral_response_hours?: number;
}

export interface JurisdictionEntry {
  name?: Label;
  verified?: boolean;
  protection?: JurisdictionProtection;
}

export type JurisdictionMap = Record<string, JurisdictionEntry>;

let cached: Promise<JurisdictionMap> | null = null;

export function loadJurisdictions(): Promise<JurisdictionMap> {
  if (!cached) {
    cached = api.get<JurisdictionMap>('/jurisdictions').catch((err: unknown) => {
      cached = null;
      throw err;
    });
  }
  return cached;
}

/** The countries that have a jurisdiction file, in the document's order. */
export const jurisdictionCountries = (doc: JurisdictionMap | undefined): string[] => Object.keys(doc ?? {});
