/** Adds `id` to a checkbox list (once) or takes it away, keeping the order of the rest. */
export function toggleId(list: string[], id: string, on: boolean): string[] {
  if (on) return list.includes(id) ? list : [...list, id];
  return list.filter((x) => x !== id);
}
