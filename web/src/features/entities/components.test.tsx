import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import schemaFile from '../../../../config/schema/entities.json';
import type { Match } from '../matches';
import { createEntity, matchCounts, recordMatches } from './api';
import { indexRecords } from './display';
import { EntityCreate } from './EntityCreate';
import { EntityForm } from './EntityForm';
import { EntityProperties } from './EntityProperties';
import { createBody, formProperties, initialValues, missingRequired, patchBody } from './entityForm';
import { EntityTable } from './EntityTable';
import { HistoryList } from './HistoryList';
import { PropertyValue } from './PropertyValue';
import { newRecordPath } from './display';
import { involvementBody } from './InvolvementAddForm';
import type { Entity, EntitySchemaDoc } from './types';
import { countOf, MatchBadge, RecordMatches } from './RecordMatches';

const doc = schemaFile as unknown as EntitySchemaDoc;

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'case.update'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const at = '2026-05-17T10:00:00.000Z';
const val = (value: string, extra: Partial<Entity['properties'][string][number]> = {}) => ({
  value, recorded_by: 'aigul', recorded_at: at, ...extra,
});

const victim: Entity = {
  id: 'e1', case_id: 'c1', schema: 'Person', caption: 'Айгуль Сеитова', caption_latin: 'Ajgul Seitova', version: 3,
  created_by: 'aigul', created_at: at, updated_at: at,
  properties: {
    name: [val('Айгуль Сеитова', { latin: 'Ajgul Seitova' })],
    phone: [val('8 701 555 12 34', { normalized: '+77015551234', flags: ['phone_unverified'], source: 'Interview 1', grade: 'B' })],
    nationality: [val('KZ')],
  },
  involvements: [{ role: 'victim', added_at: at, added_by: 'aigul' }],
};

const informant: Entity = {
  id: 'e2', case_id: 'c1', schema: 'Person', caption: null, identity_restricted: true, version: 1,
  created_by: 'aigul', created_at: at, updated_at: at, properties: {},
  involvements: [{ role: 'informant', added_at: at, added_by: 'aigul' }],
};

const family: Entity = {
  id: 'e3', case_id: 'c1', schema: 'Family', caption: 'sister', version: 1, created_by: 'aigul', created_at: at,
  updated_at: at, properties: { person: [val('e1')], relative: [val('e2')], relationship: [val('sister')] }, involvements: [],
};

/** The opening tag of the element carrying `data-testid="<id>"` (the first one). */
const tagOf = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? '';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('entity list', () => {
  it('shows a restricted identity as translated text, never "null", with roles and flags', () => {
    const html = wrap(<EntityTable rows={[victim, informant, family]} doc={doc} records={indexRecords([victim, informant, family])} />);
    expect(html.match(/data-testid="entity-row"/g)).toHaveLength(3);
    expect(html).toContain('Identity restricted');
    expect(html).not.toContain('null');
    expect(html).toContain('Айгуль Сеитова');
    expect(html).toMatch(/class="muted caption-latin"[^>]*> Ajgul Seitova/);
    expect(html).toContain('>Victim<');
    expect(html).toContain('>Informant<');
    expect(html).toContain('Phone unverified');
    // A relationship names its two ends, the hidden one included.
    expect(html).toMatch(/edge-ends[^>]*>.*Айгуль Сеитова.*—.*Identity restricted/);
  });

  it('speaks Russian: schema labels, roles, flags and the hidden identity', () => {
    const html = wrap(<EntityTable rows={[victim, informant]} doc={doc} records={indexRecords([])} />, 'ru');
    expect(html).toContain('Личность скрыта');
    expect(html).toContain('Номер не подтверждён');
    expect(html).toContain('Жертва');
    expect(html).toContain('>Лицо<');
    expect(html).toContain('data-label="Роли в деле"');
  });
});

describe('entity form', () => {
  it('shows the required and common properties first and the rest behind "All properties"', () => {
    const { main, rest } = formProperties('Person', doc.schemata.Person);
    expect(main).toEqual(['name', 'lastName', 'firstName', 'fatherName', 'birthDate', 'nationality', 'phone', 'email', 'address', 'passportNumber']);
    expect(rest).toContain('gender');
    expect(formProperties('Passport', doc.schemata.Passport).main.slice(0, 2)).toEqual(['holder', 'number']);

    const html = wrap(<EntityCreate caseId="c1" doc={doc} records={[victim, informant]} />);
    for (const id of ['entity-create', 'entity-schema', 'entity-prop-name', 'entity-prop-phone', 'entity-prop-birthDate', 'entity-source', 'entity-grade', 'entity-save', 'entity-all-properties']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).not.toContain('data-testid="entity-prop-gender"');
    expect(tagOf(html, 'entity-prop-birthDate')).toContain('placeholder="YYYY or YYYY-MM or YYYY-MM-DD"');
    expect(tagOf(html, 'entity-prop-phone')).toContain('type="tel"');
    expect(html).toContain('+ add another value');
    expect(html).toContain('A — completely reliable source');
  });

  it('offers records of the schemata in range for entity-typed properties', () => {
    const html = wrap(<EntityForm doc={doc} schema="Family" records={[victim, informant, family]} initial={{}} busy={false} error={null}
      submitKey="buttons.create" onSubmit={() => undefined} onCancel={() => undefined} testId="entity-create" />);
    const person = html.slice(html.indexOf('data-testid="entity-prop-person"'));
    const select = person.slice(0, person.indexOf('</select>'));
    expect(select).toContain('value="e1"');
    expect(select).toContain('Identity restricted — Person');
    expect(select).not.toContain('value="e3"');
  });

  it('builds the POST body: trimmed multi-values without blanks or repeats, source and grade', async () => {
    const body = createBody('Person', {
      name: ['  Айгуль Сеитова ', '', 'Aigul Seitova', 'Aigul Seitova'],
      phone: ['+7 701 555 12 34', '87015551235'],
      birthDate: ['  '],
    }, ' Interview 1 ', 'B');
    expect(body).toEqual({
      schema: 'Person',
      properties: { name: ['Айгуль Сеитова', 'Aigul Seitova'], phone: ['+7 701 555 12 34', '87015551235'] },
      source: 'Interview 1',
      grade: 'B',
    });
    expect(createBody('Address', { full: ['Abay 1'] }, '', '')).toEqual({ schema: 'Address', properties: { full: ['Abay 1'] } });

    setCsrfToken('tok-1');
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(victim), { status: 201, headers: { 'content-type': 'application/json' } });
    });
    await createEntity('c1', body, 'key-1');
    expect(calls[0].url).toBe('/api/v1/cases/c1/entities');
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(calls[0].init.body as string)).toEqual(body);
    expect((calls[0].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1');
  });

  it('PATCHes only the properties that changed, each with all its values, and the version', () => {
    const body = patchBody(victim, { name: ['Айгуль Сеитова'], phone: ['8 701 555 12 34', '+77015550000'], nationality: [''] }, '', 'C');
    expect(body).toEqual({ version: 3, properties: { phone: ['8 701 555 12 34', '+77015550000'], nationality: [] }, grade: 'C' });
    expect(missingRequired(doc.schemata.Person, { name: [' '] })).toBe('name');
    expect(missingRequired(doc.schemata.Person, {}, true)).toBeNull();
  });

  it('marks the property a 422 names, even one behind "All properties", and names it in the alert', () => {
    const form = (field: string, code: string, lang: 'en' | 'ru' = 'en') =>
      wrap(<EntityForm doc={doc} schema="Person" records={[]} initial={{ phone: ['12'] }} busy={false}
        error={new ApiError({ status: 422, code, field })} submitKey="buttons.create" onSubmit={() => undefined}
        onCancel={() => undefined} testId="entity-create" />, lang);
    const html = form('properties.phone', 'invalid_phone');
    expect(tagOf(html, 'entity-prop-phone')).toContain('aria-invalid="true"');
    expect(tagOf(html, 'entity-prop-name')).not.toContain('aria-invalid');
    expect(html).toMatch(/class="field field-values invalid"[^>]*data-field="phone"/);
    expect(html).toContain('id="entity-phone-error"');
    expect(html).toContain('Field: Phone');
    expect(html).toContain('The phone number is not valid');

    const hidden = form('properties.gender', 'invalid_gender');
    expect(tagOf(hidden, 'entity-prop-gender')).toContain('aria-invalid="true"');

    const ru = form('properties.birthDate', 'invalid_date', 'ru');
    expect(ru).toContain('Поле: Дата рождения');
    expect(ru).toContain('Неверная дата');
  });

  it('shows Russian labels when the language is ru', () => {
    const html = wrap(<EntityCreate caseId="c1" doc={doc} records={[]} />, 'ru');
    for (const text of ['Добавить запись', 'Тип записи', '>Лицо<', '>Организация<', 'label="Связи"', 'Фамилия', 'Телефон',
      'Источник', 'Надёжность источника', 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД', '+ добавить ещё значение', 'Все свойства']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Last name');
  });
});

describe('the add form reached from another tab', () => {
  it('opens preselected from its address: an Event of type hearing', () => {
    const search = new URL(`http://x${newRecordPath('c1', 'Event', { eventType: 'hearing' })}`).search;
    expect(newRecordPath('c1', 'Event', { eventType: 'hearing' })).toBe('/cases/c1/people/new?schema=Event&eventType=hearing');
    expect(initialValues(doc.schemata.Event, new URLSearchParams(search))).toEqual({ eventType: ['hearing'] });
    expect(initialValues(doc.schemata.Event, new URLSearchParams('?schema=Event&bogus=1'))).toEqual({});

    const html = wrap(<EntityCreate caseId="c1" doc={doc} records={[victim]} search={search} />);
    expect(html).toContain('<option value="Event" selected="">Event</option>');
    // eventType is a select of the translated lookup, not free text.
    const select = html.slice(html.indexOf('data-testid="entity-prop-eventType"'), html.indexOf('</select>', html.indexOf('data-testid="entity-prop-eventType"')));
    expect(select).toContain('<option value="hearing" selected="">Court hearing</option>');
    expect(select).toContain('>Border crossing<');
    for (const prop of ['name', 'date', 'startDate', 'endDate', 'location', 'involved']) expect(html).toContain(`data-testid="entity-prop-${prop}"`);
    expect(wrap(<EntityCreate caseId="c1" doc={doc} records={[]} search="?schema=Nope" />)).toContain('<option value="Person" selected="">');
  });

  it('shows a lookup value by its label in the current language', () => {
    const def = doc.schemata.Event.properties.eventType;
    expect(wrap(<PropertyValue caseId="c1" def={def} value="border_crossing" records={indexRecords([])} />, 'ru')).toBe('Пересечение границы');
  });
});

describe('entity page pieces', () => {
  it('shows each value with its provenance, normalised phone and flag', () => {
    const html = wrap(<EntityProperties e={victim} doc={doc} records={indexRecords([])} />);
    expect(html).toContain('International format: +77015551234');
    expect(html).toContain('Recorded by aigul');
    expect(html).toContain('source: Interview 1');
    expect(html).toContain('title="B — usually reliable"');
    expect(html).toContain('Phone unverified');
    expect(html).toContain('Kazakhstan');
    // Schema order: name before phone before nationality... as the schema lists them.
    expect(html.indexOf('data-property="name"')).toBeLessThan(html.indexOf('data-property="phone"'));
  });

  it('lists history newest first with added and removed values and the deletion', () => {
    const html = wrap(<HistoryList doc={doc} schema="Person" caseId="c1" records={indexRecords([])} entries={[
      { version: 1, changed_by: 'aigul', at, changes: [{ property: 'name', added: ['Айгуль'], removed: [] }] },
      { version: 2, changed_by: 'marat', at, changes: [{ property: 'phone', added: ['+7 701'], removed: ['8 701'] }] },
      { version: 3, changed_by: 'marat', at, changes: [{ property: '*', deleted: true }] },
    ]} />, 'ru');
    expect(html.indexOf('Версия 3')).toBeLessThan(html.indexOf('Версия 2'));
    expect(html).toContain('Запись удалена');
    expect(html).toMatch(/class="added".*\+ .*\+7 701/);
    expect(html).toMatch(/class="removed".*− .*8 701/);
    expect(html).toContain('Телефон');
  });

  it('sends a network role only for a suspect', () => {
    expect(involvementBody('suspect', 'recruiter', ' met in Almaty ')).toEqual({ network_role: 'recruiter', note: 'met in Almaty' });
    expect(involvementBody('witness', 'recruiter', '')).toEqual({});
  });
});

describe('cross-case match badges', () => {
  const reader = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
    renderToStaticMarkup(
      <I18nProvider lang={lang}>
        <SessionProvider user={testUser(['case.read', 'match.read'])}>
          <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
        </SessionProvider>
      </I18nProvider>,
    );
  const match = (id: string, status: Match['status'], other: Partial<Match['b']> = {}): Match => ({
    id, status, score: 0.87, band: 'strong', reasons: [],
    a: { case_id: 'c1', case_reference: 'KZ-ALA-2026-0007', entity_id: 'e1', schema: 'Person', caption: 'Айгуль Сеитова' },
    b: { case_id: 'c9', case_reference: 'KZ-SHY-2026-0002', case_title: 'Shymkent', entity_id: 'x9', schema: 'Person', caption: 'Aigul Seitova', ...other },
    created_at: 1733000000000, decided_by: status === 'confirmed' ? 'u2' : null, decided_by_name: status === 'confirmed' ? 'Bolat' : null,
    decided_at: status === 'confirmed' ? 1733003600000 : null, reason: null,
  });

  it('counts proposed and confirmed matches, and links all records of the person only once one is confirmed', () => {
    const badge = (proposed: number, confirmed: number, lang: 'en' | 'ru' = 'en') =>
      reader(<MatchBadge caseId="c1" entityId="e1" schema="Person" count={{ proposed, confirmed }} to="/cases/c1/people/e1#entity-matches" />, lang);
    expect(badge(0, 0)).toBe('');
    expect(reader(<MatchBadge caseId="c1" entityId="e1" schema="Person" count={undefined} to="/x" />)).toBe('');
    const two = badge(2, 0);
    expect(two).toMatch(/<a href="\/cases\/c1\/people\/e1#entity-matches"[^>]*data-testid="entity-match-badge">2 matches<\/a>/);
    expect(two).toContain('title="2 proposed, 0 confirmed"');
    expect(two).not.toContain('entity-cluster-link');
    const three = badge(2, 1);
    expect(three).toContain('>3 matches<');
    expect(three).toMatch(/href="\/cases\/c1\/entities\/e1\/cluster"[^>]*data-testid="entity-cluster-link">All records of this person</);
    expect(badge(0, 1)).toContain('>1 match<');
    expect(badge(4, 1, 'ru')).toContain('>5 совпадений<');
    expect(badge(1, 1, 'ru')).toContain('>2 совпадения<');
    expect(badge(0, 1, 'ru')).toContain('Все записи этого лица');
    expect(reader(<MatchBadge caseId="c1" entityId="o1" schema="Organization" count={{ proposed: 0, confirmed: 2 }} to="/x" />)).toContain('All records of this organisation');
    expect(countOf([match('m1', 'proposed'), match('m2', 'confirmed'), match('m3', 'proposed')])).toEqual({ proposed: 2, confirmed: 1 });
  });

  it('shows the badge on the rows of the list that have matches, leading to the record\'s matches', () => {
    const html = reader(<EntityTable rows={[victim, informant]} doc={doc} records={indexRecords([victim, informant])} counts={{ e1: { proposed: 1, confirmed: 1 } }} />);
    expect(html.match(/data-testid="entity-match-badge"/g)).toHaveLength(1);
    expect(html).toMatch(/href="\/cases\/c1\/people\/e1#entity-matches"[^>]*data-testid="entity-match-badge">2 matches</);
    expect(html).toContain('href="/cases/c1/entities/e1/cluster"');
    expect(wrap(<EntityTable rows={[victim]} doc={doc} records={indexRecords([victim])} />)).not.toContain('entity-match-badge');
  });

  it('lists the record\'s matches on its page with the other record and its case', () => {
    const label = (s: string) => (s === 'Person' ? 'Person' : s);
    const html = reader(<RecordMatches entityId="e1" matches={[match('m1', 'proposed'), match('m2', 'confirmed', { caption: null, identity_restricted: true })]} error={null} schemaLabel={label} />);
    expect(html).toContain('id="entity-matches"');
    expect(html).toMatch(/data-testid="entity-match" data-match-id="m1" data-status="proposed"/);
    expect(html).toContain('href="/matches/m1"');
    expect(html).toContain('Aigul Seitova');
    expect(html).toContain('href="/cases/c9"');
    expect(html).toContain('87%');
    expect(html).toContain('Identity restricted');
    expect(html).toContain('Confirmed by Bolat');
    expect(html).not.toContain('Айгуль Сеитова');
    expect(reader(<RecordMatches entityId="e1" matches={[]} error={null} schemaLabel={label} />, 'ru')).toContain('Нет предложенных или подтверждённых совпадений.');
  });

  it('asks the case\'s counts and the record\'s matches', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      const body = url.endsWith('/match-counts') ? { counts: { e1: { proposed: 2, confirmed: 1 } } } : { items: [match('m1', 'proposed')] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    expect(await matchCounts('c1')).toEqual({ e1: { proposed: 2, confirmed: 1 } });
    expect((await recordMatches('c1', 'e1')).map((m) => m.id)).toEqual(['m1']);
    expect(urls).toEqual(['/api/v1/cases/c1/match-counts', '/api/v1/cases/c1/entities/e1/matches']);
  });
});
