// The national articles by country (GET /jurisdictions), fetched once per page load: they are
// the same for every user and change only with the server's configuration.
import { fetchJurisdictions } from './api';
import type { Article, Jurisdictions } from './types';

let cached: Promise<Jurisdictions> | null = null;

/** The jurisdictions document; a failed fetch is forgotten so the next call tries again. */
export function loadJurisdictions(): Promise<Jurisdictions> {
  if (!cached) {
    cached = fetchJurisdictions().catch((err: unknown) => {
      cached = null;
      throw err;
    });
  }
  return cached;
}

/** The articles one country's law offers for a charge; none for a country without a file. */
export const articlesOf = (doc: Jurisdictions, country: string): Article[] => doc[country]?.articles ?? [];

/** The case's own country when it has articles, else the first country of the document. */
export function defaultJurisdiction(doc: Jurisdictions, caseCountry: string | undefined): string {
  if (caseCountry && doc[caseCountry]) return caseCountry;
  return Object.keys(doc)[0] ?? '';
}
