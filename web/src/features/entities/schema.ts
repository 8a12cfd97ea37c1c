// The entity schema document, fetched once per page load (it is the same for every user), and
// small questions asked of it. Labels are `{en, ru}` and go through useI18n().label.
import { fetchEntitySchema } from './api';
import type { EntitySchemaDoc, PropertyDef, SchemaDef } from './types';

let cached: Promise<EntitySchemaDoc> | null = null;

/** The schema document; a failed fetch is forgotten so the next call tries again. */
export function loadEntitySchema(): Promise<EntitySchemaDoc> {
  if (!cached) {
    cached = fetchEntitySchema().catch((err: unknown) => {
      cached = null;
      throw err;
    });
  }
  return cached;
}

export const isEdge = (def: SchemaDef | undefined): boolean => Boolean(def?.edge);

/** Schema names in document order: records (things) first, then relationships. */
export function schemaGroups(doc: EntitySchemaDoc): { things: string[]; relationships: string[] } {
  const names = Object.keys(doc.schemata);
  return {
    things: names.filter((n) => !isEdge(doc.schemata[n])),
    relationships: names.filter((n) => isEdge(doc.schemata[n])),
  };
}

export function propertyDef(doc: EntitySchemaDoc, schema: string, prop: string): PropertyDef | undefined {
  return doc.schemata[schema]?.properties[prop];
}

/** Properties every reader outside the rule's grant is refused (shelter, health, ...). */
export function alwaysRestricted(doc: EntitySchemaDoc): Set<string> {
  return new Set((doc.restricted ?? []).filter((r) => r.always).flatMap((r) => r.properties));
}

/** Schemata that can be involved in a case in a role (the server refuses the others). */
export const INVOLVABLE = ['Person', 'Organization'];
