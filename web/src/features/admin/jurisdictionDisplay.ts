// The jurisdiction screen's labels and test ids, and what of a country is still unconfirmed.
import type { Confirmation, ConfirmItem, JurisdictionArticle, JurisdictionFile } from './types';

export const OFFENCE_KEYS: Record<string, string> = {
  tip: 'admin.jurisdictions.offence.tip',
  som: 'admin.jurisdictions.offence.som',
  exploitation: 'admin.jurisdictions.offence.exploitation',
  illegal_entry: 'admin.jurisdictions.offence.illegal_entry',
};

export const KIND_KEYS: Record<string, string> = {
  criminal: 'admin.jurisdictions.kind.criminal',
  administrative: 'admin.jurisdictions.kind.administrative',
};

/** How to say when an article is in force, the file giving either day, both or neither. */
export function effectiveText(e: JurisdictionArticle['effective']): { key: string; from?: string; to?: string } {
  const from = e?.from || undefined;
  const to = e?.to || undefined;
  if (from && to) return { key: 'admin.jurisdictions.articles.effective_range', from, to };
  if (from) return { key: 'admin.jurisdictions.articles.effective_since', from };
  if (to) return { key: 'admin.jurisdictions.articles.effective_until', to };
  return { key: 'admin.jurisdictions.articles.effective_unknown' };
}

/** `<country>-<item>`: the tail of every test id of one confirmable item. */
export const itemSuffix = (country: string, item: ConfirmItem) => `${country}-${item}`;

/** The confirmation an administrator recorded for the item, if any. */
export function confirmationOf(j: JurisdictionFile, item: ConfirmItem): Confirmation | undefined {
  if (item === 'reflection_period' || item === 'rules') return j.confirmed?.[item];
  return j.articles?.find((a) => a.id === item)?.confirmed;
}

/** Every item a country's administrator may confirm: the rules, the reflection period, each article. */
export const confirmableItems = (j: JurisdictionFile): ConfirmItem[] => ['rules', 'reflection_period', ...(j.articles ?? []).map((a) => a.id)];

/** How many of them are still unverified. */
export const unconfirmedCount = (j: JurisdictionFile): number => confirmableItems(j).filter((item) => !confirmationOf(j, item)).length;
