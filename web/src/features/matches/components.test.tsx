import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSchemaLabel } from '../entities';
import type { Entity, EntitySchemaDoc } from '../entities';
import { ApiError, setCsrfToken } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import schemaFile from '../../../../config/schema/entities.json';
import { getCluster, listDeconfliction, listMatches } from './api';
import { ClusterPage } from './ClusterPage';
import { ClusterTable } from './ClusterTable';
import { DeconflictionPage } from './DeconflictionPage';
import { DeconflictionTable } from './DeconflictionTable';
import { actionsFor, checkReason, decideMatch } from './decision';
import { compareRecords, withheldProperties } from './display';
import { MatchDetailView } from './MatchDetailView';
import { MatchTable } from './MatchTable';
import { MatchTabs } from './MatchTabs';
import { ReasonForm } from './ReasonForm';
import type { Cluster, DeconflictionNotice, Match, MatchDetail, MatchStatus } from './types';

const doc = schemaFile as unknown as EntitySchemaDoc;

const REVIEWER = ['case.read', 'match.read', 'match.review'];

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions: string[] = REVIEWER) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;
/** The opening tag of each element carrying `data-testid="<id>"`. */
const tagsOf = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`, 'g')) ?? [];
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const T0 = Date.UTC(2026, 5, 1, 9, 0);

const proposed: Match = {
  id: 'm1', status: 'proposed', score: 0.934, band: 'strong',
  reasons: [
    { code: 'same_passport', strength: 'strong', text: 'same passport number', text_ru: 'совпадает номер паспорта' },
    { code: 'similar_name', strength: 'supporting', text: 'similar name (Rakhimov / Рахимов)', text_ru: 'похожее имя (Rakhimov / Рахимов)' },
    { code: 'birth_date_differs', strength: 'against', text: 'birth dates differ by a year', text_ru: 'даты рождения различаются на год' },
    { code: 'same_nationality', strength: 'supporting', text: 'same nationality', text_ru: 'одно гражданство' },
  ],
  a: { case_id: 'c1', case_reference: 'KZ-ALM-CTU-2026-0001', case_title: 'Almaty nightclub', entity_id: 'e1', schema: 'Person', caption: 'Рахимов Ботир' },
  b: { case_id: 'c2', case_reference: 'KZ-SHY-CTU-2026-0004', case_title: 'Shymkent bus route', entity_id: 'e2', schema: 'Person', caption: 'Rakhimov Botir' },
  created_at: T0, decided_by: null, decided_by_name: null, decided_at: null, reason: null,
};
const confirmed: Match = {
  ...proposed, id: 'm2', status: 'confirmed', band: 'review', score: 0.61, reasons: proposed.reasons.slice(0, 1),
  b: { ...proposed.b, entity_id: 'e3', caption: null, identity_restricted: true },
  decided_by: 'u2', decided_by_name: 'Bolat Nurlanov', decided_at: T0 + 3_600_000, reason: 'Same passport seen at the border post',
};

const at = '2026-05-17T10:00:00.000Z';
const val = (value: string, extra: Record<string, unknown> = {}) => ({ value, recorded_by: 'aigul', recorded_at: at, ...extra });
const recordA: Entity = {
  id: 'e1', case_id: 'c1', schema: 'Person', caption: 'Рахимов Ботир', version: 2, created_by: 'aigul', created_at: at, updated_at: at,
  properties: {
    name: [val('Рахимов Ботир')],
    passportNumber: [val('AB1234567')],
    phone: [val('8 701 555 12 34', { normalized: '+77015551234' })],
    nationality: [val('UZ')],
    birthDate: [val('1990-04-02')],
    address: [val('Almaty, Abay 1')],
  },
  involvements: [{ role: 'victim', added_at: at, added_by: 'aigul' }],
};
const recordB: Entity = {
  id: 'e2', case_id: 'c2', schema: 'Person', caption: 'Rakhimov Botir', version: 1, created_by: 'marat', created_at: at, updated_at: at,
  properties: {
    name: [val('Rakhimov Botir')],
    passportNumber: [val('ab1234567')],
    phone: [val('+7 701 555 1234', { normalized: '+77015551234' })],
    nationality: [val('UZ')],
    birthDate: [val('1991-04-02')],
  },
  involvements: [{ role: 'victim', added_at: at, added_by: 'marat' }],
};
const detail: MatchDetail = {
  ...proposed,
  records: { a: recordA, b: recordB },
  history: [{ action: 'proposed', by: null, by_name: null, at: T0, reason: null }],
};

/** The queue's table with schema labels from the real schema document. */
function Queue({ rows, status }: { rows: Match[]; status: MatchStatus }) {
  return <MatchTable rows={rows} status={status} schemaLabel={useSchemaLabel(doc)} />;
}
function Detail({ m }: { m: MatchDetail }) {
  return <MatchDetailView m={m} doc={doc} schemaLabel={useSchemaLabel(doc)} onDecided={noop} onReload={noop} />;
}

describe('the match queue', () => {
  it('shows each match: score as a percentage, band, both sides with their cases, the first 3 reasons by strength', () => {
    const html = decode(wrap(<Queue rows={[proposed]} status="proposed" />));
    expect(tagsOf(html, 'match-row')).toHaveLength(1);
    expect(tagsOf(html, 'match-row')[0]).toContain('data-match-id="m1"');
    expect(html).toMatch(/data-testid="match-score">93%</);
    expect(html).toContain('Strong match');
    expect(html).toMatch(/data-testid="match-side-a"[^>]*>.*Рахимов Ботир.*>Person<.*href="\/cases\/c1"[^>]*>KZ-ALM-CTU-2026-0001</);
    expect(html).toMatch(/data-testid="match-side-b"[^>]*>.*Rakhimov Botir.*href="\/cases\/c2"[^>]*>KZ-SHY-CTU-2026-0004</);
    const reasons = tagsOf(html, 'match-reason');
    expect(reasons).toHaveLength(3);
    expect(reasons.map((r) => r.match(/data-strength="(\w+)"/)?.[1])).toEqual(['strong', 'supporting', 'against']);
    // The strength is a word too, not only a colour.
    expect(html).toMatch(/reason-strength-strong">Strong</);
    expect(html).toMatch(/reason-strength-against">Against</);
    expect(html).toContain('+ 1 more reason');
    expect(html).not.toContain('same nationality');
    expect(html).toContain('href="/matches/m1"');
  });

  it('shows a decision on the confirmed tab, a hidden identity as such, and speaks Russian', () => {
    const html = decode(wrap(<Queue rows={[confirmed]} status="confirmed" />));
    expect(html).toContain('Decided by Bolat Nurlanov');
    expect(html).toContain('Same passport seen at the border post');
    expect(html).toContain('Identity restricted');
    expect(html).not.toContain('null');
    expect(html).toMatch(/data-testid="match-score">61%</);
    expect(html).toContain('To review');
    const ru = decode(wrap(<Queue rows={[proposed]} status="proposed" />, 'ru'));
    expect(ru).toMatch(/data-testid="match-score">93(\s| | )%</);
    for (const text of ['Сильное совпадение', 'совпадает номер паспорта', 'Сильный довод', 'Подкрепляет', 'Против', '+ ещё 1 довод', '>Лицо<', 'data-label="Вероятность"']) {
      expect(ru).toContain(text);
    }
    expect(wrap(<Queue rows={[]} status="rejected" />)).toContain('No rejected matches.');
  });

  it('has the three tabs, the active one selected', () => {
    const html = wrap(<MatchTabs active="confirmed" onChange={noop} />);
    for (const s of ['proposed', 'confirmed', 'rejected']) expect(html).toContain(`data-testid="match-tab-${s}"`);
    expect(tagsOf(html, 'match-tab-confirmed')[0]).toContain('aria-selected="true"');
    expect(tagsOf(html, 'match-tab-proposed')[0]).toContain('aria-selected="false"');
    expect(wrap(<MatchTabs active="proposed" onChange={noop} />, 'ru')).toMatch(/>Предложено<.*>Подтверждено<.*>Отклонено</);
  });

  it('asks for one status at a time, 50 a page, following next_cursor', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return json({ items: [proposed], next_cursor: 'abc' });
    });
    const page = await listMatches('proposed');
    expect(page.next_cursor).toBe('abc');
    await listMatches('confirmed', 'abc');
    expect(urls).toEqual(['/api/v1/matches?status=proposed&limit=50', '/api/v1/matches?status=confirmed&limit=50&cursor=abc']);
  });
});

describe('one match', () => {
  it('compares the records property by property, values equal after lower-casing marked the same', () => {
    const rows = compareRecords(recordA, recordB, doc);
    const row = (p: string) => rows.find((r) => r.property === p);
    expect(rows.map((r) => r.property)).toEqual(['name', 'birthDate', 'nationality', 'passportNumber', 'phone', 'address']);
    expect(row('passportNumber')).toMatchObject({ same: true, a: [{ value: 'AB1234567', same: true }], b: [{ value: 'ab1234567', same: true }] });
    expect(row('name')?.same).toBe(false);
    expect(row('birthDate')?.same).toBe(false);
    // A phone written two ways is the same number by its international form.
    expect(row('phone')?.same).toBe(true);
    expect(row('address')).toMatchObject({ same: false, b: [] });
    expect(withheldProperties(recordB, doc).has('address')).toBe(true);
    expect(withheldProperties({ ...recordB, involvements: [] }, doc).has('address')).toBe(false);
    expect(compareRecords(null, recordB, doc).map((r) => r.property)).toContain('passportNumber');
  });

  it('shows state, score, both sides, the notice, every reason labelled, the comparison and the history', () => {
    const html = decode(wrap(<Detail m={detail} />));
    expect(tagsOf(html, 'match-status')[0]).toContain('data-status="proposed"');
    expect(html).toMatch(/data-testid="match-status"[^>]*>Proposed</);
    expect(html).toMatch(/data-testid="match-score">93%</);
    expect(html).toContain('data-testid="match-side-a"');
    expect(html).toMatch(/href="\/cases\/c2\/people\/e2" data-testid="match-side-b-record"/);
    expect(html).toContain('never proof on its own: traffickers keep their victims\' passports and phones');
    expect(tagsOf(html, 'match-reason')).toHaveLength(4);
    expect(html).not.toContain('more reason');
    const compare = html.slice(html.indexOf('data-testid="match-compare"'));
    expect(compare).toContain('Record A · KZ-ALM-CTU-2026-0001');
    expect(compare).toMatch(/data-property="passportNumber" data-same="true"/);
    expect(compare).toMatch(/data-property="name" data-same="false"/);
    expect(compare).toMatch(/class="compare-value same" data-same="true">AB1234567<span class="same-marker"> same</);
    expect(compare).toContain('Uzbekistan');
    // The victim's address is restricted: its empty cell may be a withheld value.
    expect(compare).toMatch(/data-property="address"[^]*none, or withheld from you/);
    expect(tagsOf(html, 'match-history-row')).toHaveLength(1);
    expect(html).toMatch(/data-testid="match-history-row" data-action="proposed"[^]*by the system/);
    const ru = decode(wrap(<Detail m={detail} />, 'ru'));
    for (const text of ['Возможное совпадение', 'никогда не доказательство', 'совпадает', 'Национальность', 'Номер паспорта', 'кто: система', 'Подтвердить', 'Отклонить']) expect(ru).toContain(text);
  });

  it('offers confirm and reject on a proposal, undo once decided, and nothing without match.review', () => {
    expect(actionsFor('proposed')).toEqual(['confirm', 'reject']);
    expect(actionsFor('confirmed')).toEqual(['undo']);
    expect(actionsFor('rejected')).toEqual(['undo']);
    const open = wrap(<Detail m={detail} />);
    expect(open).toContain('data-testid="match-confirm"');
    expect(open).toContain('data-testid="match-reject"');
    expect(open).not.toContain('data-testid="match-undo"');
    const done = wrap(<Detail m={{ ...detail, ...confirmed, records: detail.records, history: detail.history }} />);
    expect(done).toContain('data-testid="match-undo"');
    expect(done).not.toContain('data-testid="match-confirm"');
    expect(done).toContain('Same passport seen at the border post');
    const reader = wrap(<Detail m={detail} />, 'en', ['case.read', 'match.read']);
    for (const id of ['match-confirm', 'match-reject', 'match-undo']) expect(reader).not.toContain(`data-testid="${id}"`);
    expect(reader).toContain('You may see this match, but not decide on it.');
  });

  it('refuses to reject or undo without a reason before sending anything; a confirmation may have none', async () => {
    expect(checkReason('reject', '  ')?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkReason('undo', '')?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkReason('confirm', '')).toBeNull();
    setCsrfToken('tok-1');
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return json({ ...proposed, status: url.endsWith('/reject') ? 'rejected' : 'confirmed' });
    });
    await expect(decideMatch('m1', 'reject', '   ')).rejects.toMatchObject({ code: 'reason_required' });
    await expect(decideMatch('m1', 'undo', '')).rejects.toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(0);
    expect((await decideMatch('m1', 'confirm', '')).status).toBe('confirmed');
    expect((await decideMatch('m1', 'reject', ' Different father\'s name ')).status).toBe('rejected');
    await decideMatch('m1', 'undo', 'Confirmed too soon');
    expect(calls.map((c) => [c.url, c.init.method, JSON.parse(c.init.body as string)])).toEqual([
      ['/api/v1/matches/m1/confirm', 'POST', {}],
      ['/api/v1/matches/m1/reject', 'POST', { reason: "Different father's name" }],
      ['/api/v1/matches/m1/undo', 'POST', { reason: 'Confirmed too soon' }],
    ]);
    expect((calls[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1');
  });

  it('shows the empty reason and the server\'s refusals inline in the reason form', async () => {
    const form = (action: 'confirm' | 'reject' | 'undo', error: unknown, lang: 'en' | 'ru' = 'en') =>
      decode(wrap(<ReasonForm action={action} busy={false} error={error} onSubmit={noop} onCancel={noop} onReload={noop} />, lang));
    const empty = form('reject', checkReason('reject', ''));
    expect(tagsOf(empty, 'match-reason-input')[0]).toMatch(/required=""[^>]*aria-invalid="true"/);
    expect(empty).toMatch(/data-testid="match-reason-error">Give the reason.</);
    expect(empty).toContain('data-testid="match-submit"');
    expect(form('reject', checkReason('reject', ''), 'ru')).toContain('Укажите причину.');
    expect(tagsOf(form('confirm', null), 'match-reason-input')[0]).not.toContain('required');
    expect(form('confirm', null)).toContain('Reason (optional)');

    vi.stubGlobal('fetch', async () => json({ status: 409, code: 'match_state', title: 'Conflict' }, 409));
    const conflict = await decideMatch('m1', 'confirm', '').catch((e: unknown) => e);
    expect(conflict).toMatchObject({ status: 409, code: 'match_state' });
    const stale = form('confirm', conflict);
    expect(stale).toContain('data-testid="problem"');
    expect(stale).toContain('This match has changed in the meantime');
    expect(stale).toContain('data-testid="match-reload"');
    expect(form('confirm', conflict, 'ru')).toContain('Это совпадение тем временем изменилось');
    // A 422 naming `reason` marks the field, whatever the code.
    const named = form('undo', new ApiError({ status: 422, code: 'required', field: 'reason' }));
    expect(tagsOf(named, 'match-reason-input')[0]).toContain('aria-invalid="true"');
    expect(named).toContain('A required field is empty.');
  });
});

const cluster: Cluster = {
  entity_id: 'e1',
  members: [
    { ...proposed.b, via: 'm1' },
    { ...proposed.a, via: null },
    { case_id: 'c7', case_reference: 'KZ-AST-CTU-2025-0031', case_title: 'Astana', entity_id: 'e7', schema: 'Person', caption: null, identity_restricted: true, via: 'm9' },
  ],
  links: [
    { match_id: 'm1', a: 'e1', b: 'e2', decided_by_name: 'Bolat Nurlanov', decided_at: T0 },
    { match_id: 'm9', a: 'e2', b: 'e7', decided_by_name: 'Dana Seitkali', decided_at: T0 + 86_400_000 },
  ],
};

describe('the cluster page', () => {
  it('lists every record of the person, this one first, each case leading to its record, who confirmed it and when', () => {
    const html = decode(wrap(<ClusterTable cluster={cluster} schemaLabel={(s) => s} />));
    const rows = tagsOf(html, 'cluster-member');
    expect(rows.map((r) => r.match(/data-entity-id="(\w+)"/)?.[1])).toEqual(['e1', 'e2', 'e7']);
    expect(rows[0]).toContain('cluster-self');
    expect(html).toContain('this record');
    expect(html).toMatch(/href="\/cases\/c2\/people\/e2"[^>]*>KZ-SHY-CTU-2026-0004</);
    expect(html).toMatch(/href="\/cases\/c7\/people\/e7"[^>]*>KZ-AST-CTU-2025-0031</);
    expect(html).toContain('Bolat Nurlanov');
    expect(html).toContain('Dana Seitkali');
    expect(html).toContain('href="/matches/m9"');
    expect(html).toContain('Identity restricted');
    expect(html).toContain('data-label="Confirmed by"');
    const ru = decode(wrap(<ClusterTable cluster={cluster} schemaLabel={(s) => s} />, 'ru'));
    expect(ru).toContain('эта запись');
    expect(ru).toContain('data-label="Кто подтвердил"');
  });

  it('says that only the cases you may see are listed, and asks the record\'s cluster', async () => {
    const html = decode(wrap(<ClusterPage caseId="c1" eid="e1" />));
    expect(html).toContain('data-testid="cluster-note"');
    expect(html).toContain('Only the cases you may see are listed');
    expect(html).toContain('href="/cases/c1/people/e1"');
    expect(wrap(<ClusterPage caseId="c1" eid="e1" />, 'ru')).toContain('Показаны только доступные вам дела');
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return json(cluster);
    });
    expect((await getCluster('c1', 'e1')).members).toHaveLength(3);
    expect(urls).toEqual(['/api/v1/cases/c1/entities/e1/cluster']);
  });
});

const notices: DeconflictionNotice[] = [
  {
    id: 'd1', at: T0, case_id: 'c1', case_reference: 'KZ-ALM-CTU-2026-0001', entity_id: 'e1', caption: 'Рахимов Ботир',
    other_unit: { code: 'KZ-SHY-CTU', name: 'Shymkent counter-trafficking unit', contact: '+7 7252 00 00 00' },
    message: 'Another unit holds a strongly matching record', message_ru: 'В другом подразделении есть сильно совпадающая запись', withheld: false,
  },
  { id: 'd2', at: T0, case_id: 'c1', case_reference: 'KZ-ALM-CTU-2026-0001', entity_id: 'e5', caption: null, other_unit: null, withheld: true },
];

describe('deconfliction', () => {
  it('names the other unit and how to reach it, with the own case and record, never the other record', () => {
    const html = decode(wrap(<DeconflictionTable rows={notices} />, 'en', ['case.read', 'deconfliction.read']));
    expect(tagsOf(html, 'deconfliction-row')).toHaveLength(2);
    expect(tagsOf(html, 'deconfliction-unit')).toHaveLength(2);
    expect(html).toMatch(/data-testid="deconfliction-unit"><strong>Shymkent counter-trafficking unit<\/strong><span class="mono muted"> \(KZ-SHY-CTU\)/);
    expect(html).toContain('Contact: +7 7252 00 00 00');
    expect(html).toMatch(/href="\/cases\/c1"[^>]*>KZ-ALM-CTU-2026-0001</);
    expect(html).toContain('href="/cases/c1/people/e1"');
    expect(html).toContain("The other unit's details are withheld.");
    expect(html).toContain('Identity restricted');
    expect(wrap(<DeconflictionTable rows={notices} />, 'ru')).toContain('В другом подразделении есть сильно совпадающая запись');
  });

  it('explains that the other record is not shown and the units should contact each other', async () => {
    const html = decode(wrap(<DeconflictionPage />));
    expect(html).toContain('data-testid="deconfliction-help"');
    expect(html).toContain('Their record is not shown to you');
    expect(html).toContain('Contact the other unit before you act');
    expect(wrap(<DeconflictionPage />, 'ru')).toContain('Свяжитесь с другим подразделением');
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return json({ items: notices });
    });
    expect(await listDeconfliction()).toHaveLength(2);
    expect(urls).toEqual(['/api/v1/deconfliction?limit=50']);
  });
});
