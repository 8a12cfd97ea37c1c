// The SOP's Annex A interview checklist. The server has no endpoint for it: the file it checks
// ticked ids against (config/checklists/interview.json) is bundled as it is.
import doc from '../../../../config/checklists/interview.json';
import type { ChecklistGroup } from './types';

export const CHECKLIST: ChecklistGroup[] = (doc as { groups: ChecklistGroup[] }).groups;

export const CHECKLIST_IDS: string[] = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

/** The ticked list after ticking or unticking one item, in the checklist's order. */
export function toggleItem(ticked: string[], id: string, on: boolean): string[] {
  const next = new Set(ticked);
  if (on) next.add(id);
  else next.delete(id);
  // Ids the bundled checklist does not know (a newer server file) are kept, not dropped.
  return [...CHECKLIST_IDS.filter((i) => next.has(i)), ...[...next].filter((i) => !CHECKLIST_IDS.includes(i))];
}
