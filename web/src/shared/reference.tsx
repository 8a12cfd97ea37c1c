// Reference data every screen needs: the option lists (GET /lookups) and units (GET /units),
// fetched once after sign-in. Code names option ids; labels come from here in the current language.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from './api';
import { useI18n } from './useI18n';

export interface LookupOption {
  id: string;
  label: { en: string; ru: string };
}

export const LOOKUP_NAMES = [
  'categories',
  'forms_of_exploitation',
  'approaches',
  'triggers',
  'case_states',
  'countries',
  'roles',
  'team_roles',
  'grants',
  'involvement_roles',
  'network_roles',
  'source_grades',
  'event_types',
  'evidence_types',
  'custody_events',
  'interview_kinds',
  'peace_stages',
  'interview_participants',
  'charge_statuses',
  'charge_outcomes',
  'unit_kinds',
] as const;

export type LookupName = (typeof LOOKUP_NAMES)[number];

export const isLookupName = (name: string | undefined): name is LookupName =>
  name !== undefined && (LOOKUP_NAMES as readonly string[]).includes(name);
export type Lookups = Record<LookupName, LookupOption[]>;

export interface Unit {
  id: string;
  code: string;
  name: string;
  country: string;
  region?: string | null;
  agency?: string;
  kind?: string;
}

export const EMPTY_LOOKUPS: Lookups = Object.fromEntries(
  LOOKUP_NAMES.map((n) => [n, [] as LookupOption[]]),
) as Lookups;

export function normalizeLookups(raw: Partial<Lookups> | null | undefined): Lookups {
  const out = { ...EMPTY_LOOKUPS };
  for (const n of LOOKUP_NAMES) out[n] = Array.isArray(raw?.[n]) ? raw[n] : [];
  return out;
}

/** GET /units is documented without a shape; accept a bare array or the list envelope. */
export function unitsFrom(raw: Unit[] | { items: Unit[] } | null | undefined): Unit[] {
  if (Array.isArray(raw)) return raw;
  return raw?.items ?? [];
}

export const fetchLookups = () => api.get<Partial<Lookups>>('/lookups').then(normalizeLookups);
export const fetchUnits = () => api.get<Unit[] | { items: Unit[] }>('/units').then(unitsFrom);

interface Reference {
  lookups: Lookups;
  units: Unit[];
  reloadUnits: () => void;
}

const ReferenceContext = createContext<Reference>({ lookups: EMPTY_LOOKUPS, units: [], reloadUnits: () => undefined });

export function ReferenceProvider({ children, initial }: { children: ReactNode; initial?: Partial<Reference> }) {
  const [lookups, setLookups] = useState<Lookups>(initial?.lookups ?? EMPTY_LOOKUPS);
  const [units, setUnits] = useState<Unit[]>(initial?.units ?? []);
  const reloadUnits = useCallback(() => {
    fetchUnits().then(setUnits, () => setUnits([]));
  }, []);
  useEffect(() => {
    if (initial) return;
    fetchLookups().then(setLookups, () => setLookups(EMPTY_LOOKUPS));
    reloadUnits();
  }, [initial, reloadUnits]);
  const value = useMemo(() => ({ lookups, units, reloadUnits }), [lookups, units, reloadUnits]);
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export function useReference(): Reference {
  return useContext(ReferenceContext);
}

/** Label of option `id` in lookup `name`, in the current language; the id when unknown. */
export function useLookupLabel(): (name: LookupName, id: string | null | undefined) => string {
  const { lookups } = useReference();
  const { label } = useI18n();
  return useCallback(
    (name, id) => {
      if (!id) return '';
      return label(lookups[name].find((o) => o.id === id)?.label, id);
    },
    [lookups, label],
  );
}
