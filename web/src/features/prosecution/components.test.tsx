import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import kg from '../../../../config/jurisdictions/kg.json';
import kz from '../../../../config/jurisdictions/kz.json';
import tj from '../../../../config/jurisdictions/tj.json';
import tm from '../../../../config/jurisdictions/tm.json';
import uz from '../../../../config/jurisdictions/uz.json';
import { ChargeEditForm } from './ChargeEditForm';
import { ChargeForm } from './ChargeForm';
import { checkCreate, checkEdit, createBody, emptyChargeValues, patchBody, valuesFromCharge } from './chargeForm';
import { ChargeTable } from './ChargeTable';
import { defaultJurisdiction } from './jurisdictions';
import type { Charge, Jurisdictions } from './types';

/** GET /jurisdictions answers the config files by country. */
const doc = Object.fromEntries([kz, kg, uz, tj, tm].map((j) => [j.country, j])) as unknown as Jurisdictions;

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'case.update'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const suspects = [{ id: 's1', text: 'Бекзат Алиев' }, { id: 'o1', text: 'Sunrise Travel LLP (organisation)' }];
const chargeForm = (jurisdiction: string, lang: 'en' | 'ru' = 'en', error: unknown = null) =>
  wrap(<ChargeForm doc={doc} suspects={suspects} initial={emptyChargeValues(jurisdiction)} busy={false} error={error} onSubmit={() => undefined} />, lang);
/** The <option>s of the select carrying `data-testid`. */
const optionsOf = (html: string, testId: string) => {
  const start = html.indexOf(`data-testid="${testId}"`);
  return [...html.slice(start, html.indexOf('</select>', start)).matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], decode(m[2])]);
};
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const at = '2026-06-01T09:00:00.000Z';
const charge: Charge = {
  id: 'ch1', case_id: 'c1', suspect: { id: 's1', caption: 'Бекзат Алиев' }, jurisdiction: 'KZ',
  article: { id: 'kz-cc-128', code: 'CC Art. 128', title: { en: 'Trafficking in persons', ru: 'Торговля людьми' }, offence: 'tip', kind: 'criminal' },
  status: 'decided', prosecutor: 'A. Sadykova', filed_at: '2026-03-01T00:00:00Z', outcome: 'convicted', sentence: 'Imprisonment',
  sentence_months: 96, note: '', created_by: 'aigul', created_at: at, updated_at: at, version: 4,
};

describe('charge form', () => {
  it('offers only the chosen jurisdiction’s articles as "code — title"', () => {
    const kgHtml = chargeForm('KG');
    const articles = optionsOf(kgHtml, 'charge-article').slice(1);
    expect(articles.map(([id]) => id)).toEqual(kg.articles.map((a) => a.id));
    expect(articles[0][1]).toBe(`${kg.articles[0].code} — ${kg.articles[0].title.en}`);
    expect(optionsOf(chargeForm('KZ'), 'charge-article').slice(1).map(([id]) => id)).toEqual(kz.articles.map((a) => a.id));
    expect(kgHtml).not.toContain(kz.articles[0].id);
    expect(optionsOf(kgHtml, 'charge-jurisdiction').find(([id]) => id === 'KG')).toEqual(['KG', 'Kyrgyzstan']);
    expect(kgHtml).toMatch(/<option value="KG" selected="">/);
    expect(kgHtml).toContain(kg.code.en);
    for (const id of ['charge-form', 'charge-suspect', 'charge-jurisdiction', 'charge-article', 'charge-save']) expect(kgHtml).toContain(`data-testid="${id}"`);
  });

  it('speaks Russian: article titles, jurisdictions, statuses and the field the server names', () => {
    const html = chargeForm('UZ', 'ru', new ApiError({ status: 422, code: 'unknown_article', field: 'article' }));
    expect(optionsOf(html, 'charge-article')[1][1]).toBe(`${uz.articles[0].code} — ${uz.articles[0].title.ru}`);
    expect(html).toContain('Узбекистан');
    expect(html).toContain('Этой статьи нет в кодексе выбранной юрисдикции');
    expect(html).toContain('Поле: Статья');
    expect(html).toMatch(/<select[^>]*aria-invalid="true"[^>]*data-testid="charge-article"/);
    expect(html).not.toMatch(/<select[^>]*aria-invalid="true"[^>]*data-testid="charge-suspect"/);
    expect(optionsOf(html, 'charge-status').slice(1).map(([, text]) => text)).toEqual(
      testLookups.charge_statuses.map((o) => o.label.ru));
    expect(html).not.toContain('>at_trial<');
  });

  it('preselects the case’s jurisdiction and builds the POST body', () => {
    expect(defaultJurisdiction(doc, 'KG')).toBe('KG');
    expect(defaultJurisdiction(doc, 'RU')).toBe('KZ');
    const values = { ...emptyChargeValues('KG'), suspect_entity_id: 's1', article: kg.articles[0].id, prosecutor: ' A. Sadykova ' };
    expect(checkCreate({ ...values, article: '' })?.problem).toMatchObject({ code: 'required', field: 'article' });
    expect(createBody(values)).toEqual({ suspect_entity_id: 's1', jurisdiction: 'KG', article: kg.articles[0].id, prosecutor: 'A. Sadykova' });
  });
});

describe('charge edit', () => {
  it('checks the server’s rules before sending, on the field they are about', () => {
    const v = valuesFromCharge(charge);
    expect(checkEdit(v)).toBeNull();
    expect(checkEdit({ ...v, status: 'at_trial' })?.problem).toMatchObject({ code: 'invalid_value', field: 'outcome' });
    expect(checkEdit({ ...v, outcome: '' })?.problem).toMatchObject({ code: 'required', field: 'outcome' });
    expect(checkEdit({ ...v, outcome: 'acquitted' })?.problem).toMatchObject({ code: 'invalid_value', field: 'sentence' });
    expect(checkEdit({ ...v, outcome: 'acquitted', sentence: '', sentence_months: '' })).toBeNull();
    expect(checkEdit({ ...v, sentence_months: '8.5' })?.problem).toMatchObject({ field: 'sentence_months' });
    expect(patchBody(charge, { ...v, outcome: 'acquitted', sentence: '', sentence_months: '' })).toEqual(
      { version: 4, outcome: 'acquitted', sentence: '', sentence_months: 0 });
    expect(patchBody(charge, v)).toEqual({ version: 4 });
  });

  it('marks the outcome the server refuses and lists the charges with their labels', () => {
    const html = wrap(<ChargeEditForm initial={valuesFromCharge(charge)} busy={false} onSubmit={() => undefined} onCancel={() => undefined}
      error={new ApiError({ status: 422, code: 'invalid_value', field: 'outcome' })} />);
    expect(html).toMatch(/<select[^>]*aria-invalid="true"[^>]*data-testid="charge-edit-outcome"/);
    expect(html).toContain('Only once the status is “Decided”');
    const table = wrap(<ChargeTable rows={[charge]} doc={doc} onEdit={() => undefined} />, 'ru');
    expect(table).toContain('data-testid="charge-row"');
    expect(table).toContain('CC Art. 128 — Торговля людьми');
    expect(table).toContain('Казахстан');
    expect(table).toContain(`>${testLookups.charge_statuses.find((o) => o.id === 'decided')?.label.ru}<`);
    expect(table).toContain('Осуждён');
    expect(table).not.toContain('>decided<');
    expect(table).toContain('96 месяцев');
    expect(table).toContain('1 мар');
  });
});
