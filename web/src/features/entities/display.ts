// How a record is named and flagged on screen. A hidden identity is a translated text, never
// "null"; a record without any caption property gets a neutral placeholder.
import { useCallback, useMemo } from 'react';
import type { Option } from '../../forms';
import { useI18n } from '../../shared/useI18n';
import type { Captioned, Entity, EntitySchemaDoc } from './types';

export const PHONE_UNVERIFIED = 'phone_unverified';

/** Translation keys of the flags the server sets on values. */
export const FLAG_KEYS: Record<string, string> = {
  phone_unverified: 'entities.flags.phone_unverified',
};

export const GENDER_KEYS: Record<string, string> = {
  male: 'entities.gender.male',
  female: 'entities.gender.female',
  other: 'entities.gender.other',
};

/** The text naming a record: its caption, "Identity restricted", or "Untitled record". */
export function useCaptionText(): (e: Captioned | undefined) => string {
  const { t } = useI18n();
  return useCallback(
    (e) => {
      if (!e) return t('entities.unknown_record');
      if (e.identity_restricted || e.caption === null) return t('entities.identity_restricted');
      return e.caption || t('entities.untitled');
    },
    [t],
  );
}

/** Every distinct flag on any value of the record. */
export function flagsOf(e: Entity): string[] {
  const out = new Set<string>();
  for (const values of Object.values(e.properties)) for (const v of values) for (const f of v.flags ?? []) out.add(f);
  return [...out];
}

/** The label of a schema in the current language, its name when unknown. */
export function useSchemaLabel(doc: EntitySchemaDoc): (schema: string) => string {
  const { label } = useI18n();
  return useCallback((schema) => label(doc.schemata[schema]?.label, schema), [doc, label]);
}

/** The label of a schema's property in the current language, its name when unknown. */
export function usePropertyLabel(doc: EntitySchemaDoc, schema: string): (prop: string) => string {
  const { label } = useI18n();
  return useCallback((prop) => label(doc.schemata[schema]?.properties[prop]?.label, prop), [doc, schema, label]);
}

/**
 * Choices of a "who" select (the case's people and organisations): the name, an organisation
 * marked as such, and a hidden identity told apart from another by the end of its id.
 */
export function usePartyOptions(records: Entity[] | undefined, schemata?: readonly string[]): Option[] {
  const { t } = useI18n();
  const caption = useCaptionText();
  return useMemo(
    () =>
      (records ?? [])
        .filter((e) => !schemata || schemata.includes(e.schema))
        .map((e) => {
          const restricted = e.identity_restricted || e.caption === null;
          let text = restricted ? `${caption(e)} · ${e.id.slice(-4)}` : caption(e);
          if (e.schema === 'Organization') text = `${text} (${t('entities.party.organization')})`;
          return { id: e.id, text };
        }),
    [records, schemata, caption, t],
  );
}

export type RecordIndex = Map<string, Entity>;

export const indexRecords = (records: Entity[] | undefined): RecordIndex => new Map((records ?? []).map((e) => [e.id, e]));

export const recordPath = (caseId: string, id: string) => `/cases/${caseId}/people/${id}`;
export const peoplePath = (caseId: string) => `/cases/${caseId}/people`;
/** Every record of the same real person or thing, joined by confirmed matches across cases. */
export const clusterPath = (caseId: string, id: string) => `/cases/${caseId}/entities/${id}/cluster`;
/** Where a record's matches are listed: the section of its page. */
export const MATCHES_ANCHOR = 'entity-matches';

/** The add-record form, preselected: `newRecordPath(c, 'Event', {eventType: 'hearing'})`. */
export function newRecordPath(caseId: string, schema?: string, values: Record<string, string> = {}): string {
  const params = new URLSearchParams(schema ? { schema, ...values } : values).toString();
  return `/cases/${caseId}/people/new${params ? `?${params}` : ''}`;
}
