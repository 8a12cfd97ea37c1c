// Pure translation logic, shared by the hook and the tests. Keys are dotted paths into the nested
// JSON in config/i18n; plurals follow i18next's `key_one/_few/_many/_other` convention, with the
// form chosen by Intl.PluralRules so Russian gets one/few/many without a library.
import en from '../../../config/i18n/en.json';
import ru from '../../../config/i18n/ru.json';

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

export interface Messages {
  [key: string]: string | Messages;
}

export const MESSAGES: Record<Lang, Messages> = { en, ru };

export type Vars = Record<string, string | number>;

export function flatten(messages: Messages, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

const FLAT: Record<Lang, Record<string, string>> = { en: flatten(en), ru: flatten(ru) };

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function lookupKey(lang: Lang, key: string, vars?: Vars): string | undefined {
  const table = FLAT[lang];
  if (vars && typeof vars.count === 'number') {
    const form = new Intl.PluralRules(lang).select(vars.count);
    const plural = table[`${key}_${form}`] ?? table[`${key}_other`];
    if (plural !== undefined) return plural;
  }
  return table[key];
}

export function hasKey(lang: Lang, key: string): boolean {
  return lookupKey(lang, key, { count: 1 }) !== undefined;
}

/** Translates `key`; falls back to English, then to the key itself so a gap is visible. */
export function translate(lang: Lang, key: string, vars?: Vars): string {
  const text = lookupKey(lang, key, vars) ?? lookupKey('en', key, vars) ?? key;
  return interpolate(text, vars);
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}
