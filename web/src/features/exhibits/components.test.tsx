import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { CustodyAddForm } from './CustodyAddForm';
import { ExhibitForm } from './ExhibitForm';
import { checkCustody, checkExhibit, createBody, custodyBody, EMPTY_EXHIBIT_VALUES, patchBody, valuesFromExhibit } from './exhibitForm';
import { ExhibitTable } from './ExhibitTable';
import { ExhibitView } from './ExhibitView';
import type { CustodyEvent, Exhibit } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'case.update'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );

const at = '2026-05-17T10:00:00.000Z';
const event = (seq: number, kind: string, extra: Partial<CustodyEvent> = {}): CustodyEvent => ({
  seq, kind, at, recorded_at: at, recorded_by: 'aigul', holder: 'Sgt. Nurlanov', location: 'Almaty CTU', seal_numbers: [],
  note: '', hash: `${'ab12cd34ef56'}${String(seq).repeat(52)}`, ...extra,
});

const phone: Exhibit = {
  id: 'x1', case_id: 'c1', number: 'EX-0001', evidence_type: 'electronic_device', description: 'Samsung phone, black',
  seized_at: at, seized_place: 'Flat 12, Abay 5', seized_by: 'Sgt. Nurlanov', authority: 'CPC art. 252', warrant_number: 'W-17',
  packaging: 'Evidence bag', seal_numbers: ['S-100'], created_by: 'aigul', created_at: at, updated_at: at, version: 2,
  state: 'in_transfer', holder: 'Forensic lab', chain_ok: true, flags: [],
  custody: [event(1, 'seized'), event(2, 'sealed', { seal_numbers: ['S-100', 'S-101'] }), event(3, 'transferred', { holder: 'Forensic lab', note: 'by courier' })],
};

const broken: Exhibit = {
  ...phone, id: 'x2', number: 'EX-0002', chain_ok: false,
  flags: [
    { seq: 2, code: 'altered', message: 'event 2 does not match its hash' },
    { seq: 3, code: 'transfer_not_received', message: 'no receipt' },
  ],
};

const tagOf = (html: string, testId: string) => html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? '';

describe('exhibit page', () => {
  it('shows the custody log with the short hash, and no alarm when the chain holds', () => {
    const html = wrap(<ExhibitView x={phone} />);
    expect(html).toContain('data-testid="exhibit-page"');
    expect(html.match(/data-testid="custody-row"/g)).toHaveLength(3);
    expect(html).toContain('<code class="mono" title="ab12cd34ef56');
    expect(html).toContain('>ab12cd34ef56</code>');
    expect(html).toContain('>Transferred<');
    expect(html).toContain('S-100, S-101');
    expect(html).toContain('by courier');
    expect(html).toContain('In transfer');
    expect(html).toContain('Electronic device');
    expect(html).not.toContain('data-testid="chain-broken"');
    expect(html).not.toContain('data-testid="custody-flags"');
  });

  it('puts a red "chain broken" banner and the translated flags first', () => {
    const html = wrap(<ExhibitView x={broken} />);
    expect(html).toContain('data-testid="chain-broken"');
    expect(html).toContain('Chain of custody broken');
    expect(tagOf(html, 'chain-broken')).toContain('alert-error');
    expect(html).toContain('data-testid="custody-flags"');
    expect(html).toContain('Event 2:</span> The event does not match its hash or the event before it');
    expect(html).toContain('Event 3:</span> A transfer has no receipt before the next event');
    expect(html).not.toContain('does not match its hash</');
    expect(html.indexOf('chain-broken')).toBeLessThan(html.indexOf('data-testid="exhibit-details"'));
    expect(html).toContain('class="flagged"');
  });

  it('speaks Russian on the page and in the register', () => {
    const html = wrap(<ExhibitView x={broken} />, 'ru');
    for (const text of ['Цепочка хранения нарушена', 'Замечания к цепочке хранения', 'Запись 2:', 'её изменили после внесения',
      'Передача не подтверждена получением', 'Электронное устройство', 'Опечатано', 'Передаётся', 'Номера пломб', 'Хеш']) {
      expect(html).toContain(text);
    }
    const table = wrap(<ExhibitTable rows={[phone, broken, { ...phone, id: 'x3', flags: [broken.flags[1]] }]} />, 'ru');
    expect(table.match(/data-testid="exhibit-row"/g)).toHaveLength(3);
    expect(table.match(/data-testid="exhibit-warning"/g)).toHaveLength(2);
    expect(table).toContain('Цепочка нарушена');
    expect(table).toContain('1 замечание');
    expect(table).toContain('data-label="У кого находится"');
  });
});

describe('exhibit forms', () => {
  it('registers with every seizure field, the time in UTC, trimmed seals', () => {
    const values = {
      ...EMPTY_EXHIBIT_VALUES, evidence_type: 'clothing', description: ' Red jacket ', seized_at: '2026-05-17T14:30',
      seized_place: 'Abay 5', seized_by: 'Sgt. Nurlanov', authority: 'CPC art. 252', seal_numbers: [' S-1 ', '', 'S-1', 'S-2'],
    };
    expect(checkExhibit(values)).toBeNull();
    const body = createBody(values);
    expect(body).toEqual({
      evidence_type: 'clothing', description: 'Red jacket', seized_at: new Date('2026-05-17T14:30').toISOString(),
      seized_place: 'Abay 5', seized_by: 'Sgt. Nurlanov', authority: 'CPC art. 252', seal_numbers: ['S-1', 'S-2'],
    });
    expect(body.seized_at).toMatch(/Z$/);
    expect(checkExhibit({ ...values, authority: ' ' })?.problem).toMatchObject({ code: 'required', field: 'authority' });
    expect(checkExhibit({ ...values, seized_at: 'yesterday' })?.problem).toMatchObject({ code: 'invalid_date', field: 'seized_at' });
    expect(patchBody(phone, { ...valuesFromExhibit(phone), packaging: 'Box' })).toEqual({ version: 2, packaging: 'Box' });
  });

  it('marks the field the server names and shows the multi-value seal input', () => {
    const html = wrap(<ExhibitForm initial={EMPTY_EXHIBIT_VALUES} busy={false} error={new ApiError({ status: 422, code: 'invalid_date', field: 'seized_at' })}
      submitKey="buttons.create" onSubmit={() => undefined} onCancel={() => undefined} />);
    for (const id of ['exhibit-form', 'exhibit-save', 'exhibit-evidence-type', 'exhibit-seized-at', 'exhibit-seal-numbers', 'exhibit-seal-numbers-0']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(tagOf(html, 'exhibit-seized-at')).toContain('aria-invalid="true"');
    expect(tagOf(html, 'exhibit-seized-at')).toContain('type="datetime-local"');
    expect(tagOf(html, 'exhibit-authority')).not.toContain('aria-invalid');
    expect(html).toContain('Field: Seized on (date and time)');
    expect(html).toContain('+ add another');
  });

  it('offers every custody event but the seizure and checks holder and seals', () => {
    const html = wrap(<CustodyAddForm x={phone} onSaved={() => undefined} />);
    const select = html.slice(html.indexOf('data-testid="custody-kind"'), html.indexOf('</select>', html.indexOf('data-testid="custody-kind"')));
    for (const kind of ['sealed', 'transferred', 'received', 'examined', 'returned', 'destroyed']) expect(select).toContain(`value="${kind}"`);
    expect(select).not.toContain('value="seized"');
    for (const id of ['custody-add', 'custody-holder', 'custody-save']) expect(html).toContain(`data-testid="${id}"`);
    expect(checkCustody('transferred', { holder: ' ' })?.problem).toMatchObject({ code: 'required', field: 'holder' });
    expect(checkCustody('sealed', { seal_numbers: [''] })?.problem).toMatchObject({ code: 'required', field: 'seal_numbers' });
    expect(checkCustody('examined', {})).toBeNull();
    expect(custodyBody('received', { holder: ' Lab ', at: '', note: '', seal_numbers: [] })).toEqual({ kind: 'received', holder: 'Lab' });
  });
});
