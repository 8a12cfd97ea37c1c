import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { AdminPage } from './AdminPage';
import { ArticleTable } from './ArticleTable';
import { ConfirmationMark } from './ConfirmationMark';
import { testJurisdiction } from './jurisdictionFixtures';
import { JurisdictionProtection } from './JurisdictionProtection';
import { JurisdictionRules } from './JurisdictionRules';
import { JurisdictionSection } from './JurisdictionSection';

const ADMIN = ['user.manage', 'unit.manage', 'workflow.admin', 'jurisdiction.admin'];
const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = ADMIN) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;
const j = testJurisdiction;

describe('administration', () => {
  it('links the workflow and jurisdiction screens by their permissions', () => {
    const html = wrap(<AdminPage />);
    expect(html).toContain('href="/admin/workflows"');
    expect(html).toMatch(/href="\/admin\/jurisdictions" class="button" data-testid="admin-jurisdictions">Jurisdictions</);
    const units = wrap(<AdminPage />, 'ru', ['unit.manage']);
    expect(units).not.toContain('admin-jurisdictions');
    expect(units).not.toContain('admin-workflows');
    expect(wrap(<AdminPage />, 'ru', ['user.manage', 'jurisdiction.admin'])).toContain('>Юрисдикции</a>');
  });
});

describe('jurisdictions', () => {
  it('shows who confirmed an item, when and why; otherwise an unverified badge', () => {
    expect(wrap(<ConfirmationMark suffix="KZ-rules" />)).toMatch(/class="badge badge-flag" data-testid="jurisdiction-unverified-KZ-rules" title="[^"]+">Unverified</);
    const html = wrap(<ConfirmationMark suffix="KZ-rules" confirmed={j.confirmed?.rules} />);
    expect(html).toContain('data-testid="jurisdiction-confirmed-KZ-rules"');
    expect(html).toContain('Confirmed by admin on 3 Jun 2026');
    expect(html).toContain('Checked against the 2014 Code');
    expect(html).not.toContain('Unverified');
    expect(wrap(<ConfirmationMark suffix="KZ-rules" confirmed={j.confirmed?.rules} />, 'ru')).toContain('Подтверждено: admin');
  });

  it('shows the national rules, confirmed, with no confirm button', () => {
    const html = decode(wrap(<JurisdictionRules country="KZ" j={j} onConfirmed={noop} />));
    expect(html).toMatch(/data-testid="jurisdiction-item-KZ-rules" data-confirmed="true"/);
    expect(html).toMatch(/data-testid="jurisdiction-child-rule-KZ" data-value="false">Does not follow the Protocol, Art. 3\(c\)/);
    expect(html).toMatch(/data-testid="jurisdiction-consent-rule-KZ" data-value="true">Follows the Protocol, Art. 3\(b\)/);
    expect(html).toContain('Check both points against the code in force.');
    expect(html).not.toContain('jurisdiction-confirm-KZ-rules');
    const open = wrap(<JurisdictionRules country="KZ" j={{ ...j, confirmed: {} }} onConfirmed={noop} />, 'ru');
    expect(open).toMatch(/data-testid="jurisdiction-item-KZ-rules" data-confirmed="false"/);
    expect(open).toContain('data-testid="jurisdiction-unverified-KZ-rules"');
    expect(open).toContain('data-testid="jurisdiction-confirm-note-KZ-rules"');
    expect(open).toMatch(/data-testid="jurisdiction-confirm-KZ-rules">Подтвердить</);
    expect(open).toContain('Не соответствует ст. 3(c) Протокола');
  });

  it('shows the protection settings; the reflection period unverified with its confirm form', () => {
    const html = decode(wrap(<JurisdictionProtection country="KZ" j={j} onConfirmed={noop} />));
    expect(html).toMatch(/data-testid="jurisdiction-item-KZ-reflection_period" data-confirmed="false"/);
    expect(html).toMatch(/data-testid="jurisdiction-reflection-days-KZ">30 days</);
    expect(html).toContain('Ariadne’s default, from the Council of Europe Convention.');
    expect(html).toContain('data-testid="jurisdiction-unverified-KZ-reflection_period"');
    expect(html).toMatch(/<label for="jurisdiction-confirm-note-KZ-reflection_period">Note \(optional\)<\/label><input id="jurisdiction-confirm-note-KZ-reflection_period"/);
    expect(html).toContain('data-testid="jurisdiction-confirm-KZ-reflection_period"');
    expect(html).toMatch(/data-testid="jurisdiction-identification-roles-KZ">Supervisor, [^<]+</);
    expect(html).toContain('18 years');
    expect(html).toContain('72 hours');
    const ru = wrap(<JurisdictionProtection country="KZ" j={{ ...j, protection: { ...j.protection, reflection_period_days: 21, referral_response_hours: 24 } }} onConfirmed={noop} />, 'ru');
    expect(ru).toContain('21 день');
    expect(ru).toContain('24 часа');
    expect(ru).toContain('18 лет');
    const confirmed = wrap(<JurisdictionProtection country="KZ" j={{ ...j, confirmed: { reflection_period: { by: 'admin', at: '2026-06-03T10:00:00.000Z', note: '' } } }} onConfirmed={noop} />);
    expect(confirmed).toMatch(/data-testid="jurisdiction-item-KZ-reflection_period" data-confirmed="true"/);
    expect(confirmed).not.toContain('jurisdiction-confirm-KZ-reflection_period');
  });

  it('lists the articles with source, dates in force and a confirm button on each unconfirmed one', () => {
    const html = decode(wrap(<ArticleTable country="KZ" articles={j.articles} onConfirmed={noop} />));
    expect(html).toMatch(/<tr data-testid="jurisdiction-item-KZ-kz-cc-128" data-confirmed="false">/);
    expect(html).toMatch(/<tr data-testid="jurisdiction-item-KZ-kz-adm-394" data-confirmed="true">/);
    expect(html).toContain('CC Art. 128');
    expect(html).toContain('Trafficking in persons');
    expect(html).toContain('>Criminal<');
    expect(html).toContain('>Illegal entry<');
    expect(html).toContain('>Administrative<');
    expect(html).toContain('000_0fc0b1641750b782.txt, lines 548-551');
    expect(html).toMatch(/data-testid="jurisdiction-effective-KZ-kz-cc-128">until 31 Dec 2014</);
    expect(html).toMatch(/data-testid="jurisdiction-effective-KZ-kz-adm-394">since 1 Jan 2015</);
    expect(html).toContain('The 1997 Code; check the new number.');
    expect(html).toContain('data-testid="jurisdiction-unverified-KZ-kz-cc-128"');
    expect(html).toContain('data-testid="jurisdiction-confirm-KZ-kz-cc-128"');
    expect(html).toContain('data-testid="jurisdiction-confirm-note-KZ-kz-cc-128"');
    expect(html).toContain('Confirmed by bolat on 4 Jun 2026');
    expect(html).not.toContain('jurisdiction-confirm-KZ-kz-adm-394');
    expect(html).not.toContain('jurisdiction-confirmed-note-KZ-kz-adm-394');
    const ru = wrap(<ArticleTable country="KZ" articles={j.articles} onConfirmed={noop} />, 'ru');
    expect(ru).toContain('строки 548-551');
    expect(ru).toMatch(/data-testid="jurisdiction-effective-KZ-kz-cc-128">по 31 дек\. 2014/);
    expect(wrap(<ArticleTable country="KZ" articles={[]} onConfirmed={noop} />)).toContain('No articles.');
  });

  it('gathers a country in one section, counting what is still unverified', () => {
    const html = wrap(<JurisdictionSection country="KZ" j={j} onConfirmed={noop} />);
    expect(html).toMatch(/^<section class="stack-gap" id="jurisdiction-KZ" data-testid="jurisdiction-KZ">/);
    expect(html).toContain('Kazakhstan');
    expect(html).toContain('Criminal Code of the Republic of Kazakhstan');
    expect(html).toMatch(/data-testid="jurisdiction-open-KZ" data-value="2">2 items unverified</);
    for (const item of ['rules', 'reflection_period', 'kz-cc-128', 'kz-adm-394']) expect(html).toContain(`data-testid="jurisdiction-item-KZ-${item}"`);
    expect(wrap(<JurisdictionSection country="KZ" j={j} onConfirmed={noop} />, 'ru')).toContain('2 положения не проверены');
  });
});
