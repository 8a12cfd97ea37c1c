// The legal assessment form: acts, means and purposes (each with evidence references), the
// facts that decide trafficking or smuggling, and the POST body. The server proposes; people decide.
import type { RefItem } from '../../shared/protectionReference';
import type { ChildChoice, ElementGroup } from './display';
import type { LegalElement, LegalInput } from './types';

export interface ElementValue {
  on: boolean;
  /** References such as `interview:<id>, document:<id>`, separated by commas. */
  evidence: string;
}

export interface LegalValues {
  subject_entity_id: string;
  jurisdiction: string;
  acts: Record<string, ElementValue>;
  means: Record<string, ElementValue>;
  purposes: Record<string, ElementValue>;
  /** `unknown` is sent as null: the age is unknown, so the person is treated as a child. */
  child: ChildChoice;
  consent_claimed: boolean;
  border_crossed: boolean;
  illegal_entry: boolean;
  benefit: boolean;
  continuing_control: boolean;
  note: string;
}

export const EMPTY_LEGAL: LegalValues = {
  subject_entity_id: '', jurisdiction: '', acts: {}, means: {}, purposes: {}, child: 'unknown',
  consent_claimed: false, border_crossed: false, illegal_entry: false, benefit: false, continuing_control: false, note: '',
};

/** `interview:1, document:2;exhibit:3` → the three references. */
export const parseEvidence = (text: string): string[] =>
  text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

const CHILD_VALUE: Record<ChildChoice, boolean | null> = { yes: true, no: false, unknown: null };

/** The chosen elements of a group in the reference's order. */
export function chosenElements(items: RefItem[], values: Record<string, ElementValue>): LegalElement[] {
  return items.filter((i) => values[i.id]?.on).map((i) => ({ id: i.id, evidence: parseEvidence(values[i.id]?.evidence ?? '') }));
}

export function legalBody(groups: Record<ElementGroup, RefItem[]>, v: LegalValues): LegalInput {
  const body: LegalInput = {
    acts: chosenElements(groups.acts, v.acts),
    means: chosenElements(groups.means, v.means),
    purposes: chosenElements(groups.purposes, v.purposes),
    child: CHILD_VALUE[v.child],
    consent_claimed: v.consent_claimed,
    border_crossed: v.border_crossed,
    illegal_entry: v.illegal_entry,
    benefit: v.benefit,
    continuing_control: v.continuing_control,
    note: v.note.trim(),
  };
  if (v.subject_entity_id) body.subject_entity_id = v.subject_entity_id;
  if (v.jurisdiction) body.jurisdiction = v.jurisdiction;
  return body;
}

/**
 * The element a problem's field names, e.g. `acts[1].evidence[0]` of the body sent → the group
 * and the id of the second chosen act. Null for any other field.
 */
export function elementOfField(body: LegalInput, field: string): { group: ElementGroup; id: string; evidence: boolean } | null {
  const m = /^(acts|means|purposes)\[(\d+)\](\.evidence)?/.exec(field);
  if (!m) return null;
  const group = m[1] as ElementGroup;
  const element = body[group][Number(m[2])];
  return element ? { group, id: element.id, evidence: Boolean(m[3]) } : null;
}
