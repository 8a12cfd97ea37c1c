// Amounts and labels of the money screens.
import type { Lang } from '../../shared/translate';
import type { Direction, Rule } from './types';

/** `1 250 000,00 ₸` in Russian, `KZT 1,250,000.00` in English; a bad or missing currency gives the number alone. */
export function formatAmount(lang: Lang, value: number | null | undefined, currency?: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
    } catch {
      // An unknown code: fall through to the number.
    }
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export const DIRECTIONS: readonly Direction[] = ['forward', 'back'];
export const DIRECTION_KEYS: Record<Direction, string> = { forward: 'money.form.forward', back: 'money.form.back' };
export const RULES: readonly Rule[] = ['fifo', 'proportional'];
export const RULE_KEYS: Record<Rule, string> = { fifo: 'money.form.fifo', proportional: 'money.form.proportional' };
export const RULE_HELP_KEYS: Record<Rule, string> = { fifo: 'money.form.fifo_help', proportional: 'money.form.proportional_help' };

/** Accounts are long: `KZ86125KZT5004100100` → `KZ86…0100` on the Sankey, whole in its tooltip. */
export const shortAccount = (a: string): string => {
  const s = a.replace(/^a:/, '');
  return s.length > 12 ? `${s.slice(0, 4)}…${s.slice(-4)}` : s;
};
