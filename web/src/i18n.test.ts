// Guards config/i18n/{en,ru}.json: same keys in both languages, the plural forms each language
// needs, every key the code uses defined, every defined key used, every api.md error translated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten, LANGS, MESSAGES } from './shared/translate';
import type { Lang } from './shared/translate';

const SRC = resolve(__dirname);
const API_MD = resolve(__dirname, '../../docs/api.md');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys built at run time (`errors.${code}`, `case.tabs.${tab}`): whole namespaces count as used. */
const DYNAMIC_PREFIXES = ['errors.', 'case.tabs.'];
/** Keys only the C++ server uses (the PDF reports): never looked for in web/src. */
const SERVER_PREFIXES = ['report.'];

const flat: Record<Lang, Record<string, string>> = { en: flatten(MESSAGES.en), ru: flatten(MESSAGES.ru) };
const baseKey = (key: string) => key.replace(PLURAL, '');
const baseKeys = (lang: Lang) => new Set(Object.keys(flat[lang]).map(baseKey));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Keys in key positions: t('k'), t("k"), t(`k`), fooKey: 'k', fooKey="k". */
const KEY_POSITION = /(?:\bt\(\s*|Key:\s*|Key=)(['"`])([^'"`]+)\1/g;
const LITERAL = /(['"`])([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\1/g;

function explicitKeys(): { key: string; file: string }[] {
  return sources.flatMap(({ path, text }) => [...text.matchAll(KEY_POSITION)].map((m) => ({ key: m[2], file: path })));
}
function literals(): Set<string> {
  return new Set(sources.flatMap(({ text }) => [...text.matchAll(LITERAL)].map((m) => m[2])));
}

describe('i18n files', () => {
  it('define the same keys in en and ru (plural forms compared by their base key)', () => {
    const en = baseKeys('en');
    const ru = baseKeys('ru');
    expect([...en].filter((k) => !ru.has(k)), 'in en.json, missing in ru.json').toEqual([]);
    expect([...ru].filter((k) => !en.has(k)), 'in ru.json, missing in en.json').toEqual([]);
  });

  it('give every plural key all the forms its language needs', () => {
    for (const lang of LANGS) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = new Set(Object.keys(flat[lang]).filter((k) => PLURAL.test(k)).map(baseKey));
      for (const base of plurals) {
        const missing = forms.filter((f) => flat[lang][`${base}_${f}`] === undefined);
        expect(missing, `${lang}: ${base}`).toEqual([]);
      }
    }
  });

  it('have no empty strings and keep {{placeholders}} the same in both languages', () => {
    for (const lang of LANGS) {
      for (const [k, v] of Object.entries(flat[lang])) expect(v.trim(), `${lang}: ${k}`).not.toBe('');
    }
    const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(flat.en)) {
      const ruText = flat.ru[k] ?? flat.ru[`${baseKey(k)}_other`];
      if (ruText !== undefined) expect(names(ruText), k).toEqual(names(v));
    }
  });

  it('translate every error code listed in docs/api.md', () => {
    const md = readFileSync(API_MD, 'utf8');
    const section = md.slice(md.indexOf('**Errors**'), md.indexOf('- **Lists**'));
    const codes = [...section.matchAll(/`([a-z][a-z_]+)`/g)].map((m) => m[1]).filter((c) => c !== 'field' && c !== 'code');
    expect(codes.length).toBeGreaterThan(15);
    for (const lang of LANGS) {
      expect(codes.filter((c) => flat[lang][`errors.${c}`] === undefined), lang).toEqual([]);
    }
  });
});

describe('keys used in web/src', () => {
  const defined = baseKeys('en');
  const namespaces = new Set([...defined].flatMap((k) => k.split('.').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('.'))));

  it('are all defined (dynamic keys only under whitelisted prefixes)', () => {
    const problems: string[] = [];
    for (const { key, file } of explicitKeys()) {
      if (key.includes('${')) {
        const prefix = key.slice(0, key.indexOf('${'));
        const ok = DYNAMIC_PREFIXES.some((p) => prefix.startsWith(p)) || [...defined].some((k) => k.startsWith(prefix));
        if (!ok) problems.push(`${file}: dynamic key ${key} matches no defined key`);
      } else if (!defined.has(key)) {
        problems.push(`${file}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // Two-part literals are skipped: permissions (`case.read`) share namespaces with keys.
  it('name no unknown key in any string literal of three or more parts in a known namespace', () => {
    const tops = new Set([...defined].map((k) => k.split('.')[0]));
    const unknown = [...literals()].filter(
      (s) => s.split('.').length > 2 && tops.has(s.split('.')[0]) && !defined.has(s) && !namespaces.has(s),
    );
    expect(unknown).toEqual([]);
  });

  it('leave no defined key unused', () => {
    const used = new Set([...explicitKeys().map((k) => k.key), ...literals()]);
    const unused = [...defined].filter((k) => !used.has(k) && ![...DYNAMIC_PREFIXES, ...SERVER_PREFIXES].some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
