import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { hasKey, isLang, translate } from './translate';
import type { Lang, Vars } from './translate';

const STORAGE_KEY = 'ariadne.lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: string, vars?: Vars) => string;
  /** True when `key` exists, so callers can fall back (e.g. a field name without a label). */
  has: (key: string) => boolean;
  /** Picks the current language from an `{en, ru}` label of a configured item. */
  label: (l: { en: string; ru: string } | undefined, fallback?: string) => string;
  formatDateTime: (iso: string | null | undefined) => string;
  /** The day only, for dates without a meaningful time (a charge's filing date). */
  formatDate: (iso: string | null | undefined) => string;
  /** A fraction 0..1 as a whole percentage (`0.934` → "93%", "93 %" in Russian); "—" when missing. */
  formatPercent: (fraction: number | null | undefined) => string;
}

function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const dateFormat = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const dayFormat = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  return {
    lang,
    setLang,
    t: (key, vars) => translate(lang, key, vars),
    has: (key) => hasKey(lang, key),
    label: (l, fallback = '') => (l ? l[lang] || l.en : fallback),
    formatDateTime: (iso) => {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
    formatDate: (iso) => {
      if (!iso) return '';
      const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : dayFormat.format(d);
    },
    formatPercent: (fraction) =>
      typeof fraction === 'number' && Number.isFinite(fraction) ? percentFormat.format(Math.min(1, Math.max(0, fraction))) : '—',
  };
}

const I18nContext = createContext<I18n>(makeI18n('en', () => undefined));

function initialLang(): Lang {
  if (typeof window === 'undefined') return 'en';
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  return window.navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    window.localStorage.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
