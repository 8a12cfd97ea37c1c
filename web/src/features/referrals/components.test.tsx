import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { testReference } from '../../shared/protectionFixtures';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { ReferralCard } from './ReferralCard';
import { ReferralPersonView } from './ReferralPersonView';
import { byUrgency, checkTransition, isRevocable, partnerMoves, transitionBody } from './transitions';
import type { ListedReferral } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={{ ...testUser(['referral.respond']), role: 'referral_partner' }}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;

const referral: ListedReferral = {
  id: 'f1', file_id: 'pf1', organisation: { id: 'p1', name: 'Sana Sezim' }, service: 'shelter', state: 'requested', urgent: true,
  requested_by: 'aigul', requested_at: '2026-06-02T10:00:00.000Z', due_at: '2026-06-03T10:00:00.000Z', overdue: false, history: [], version: 2,
  person: { name: 'Dilnoza K.', sex: 'female', age_group: 'child', needs: { kind: 'needs', items: { food: { value: 'needed', note: 'halal' } } } },
};

describe('referral moves', () => {
  it('let a partner accept or reject a request, start an accepted one and complete one in progress', () => {
    expect(partnerMoves('requested')).toEqual(['accepted', 'rejected']);
    expect(partnerMoves('accepted')).toEqual(['in_progress']);
    expect(partnerMoves('in_progress')).toEqual(['completed']);
    expect(partnerMoves('completed')).toEqual([]);
    expect(isRevocable('accepted')).toBe(true);
    expect(isRevocable('rejected')).toBe(false);
  });

  it('need a reason to reject or revoke, and always carry the version', () => {
    expect(checkTransition('rejected', ' ')?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkTransition('revoked', '')?.problem).toMatchObject({ code: 'reason_required' });
    expect(checkTransition('accepted', '')).toBeNull();
    expect(transitionBody({ version: 2 }, 'accepted')).toEqual({ to: 'accepted', version: 2 });
    expect(transitionBody({ version: 2 }, 'rejected', ' No beds ')).toEqual({ to: 'rejected', version: 2, reason: 'No beds' });
  });

  it('put overdue first, then urgent, then the oldest', () => {
    const r = (id: string, overdue: boolean, urgent: boolean, at: string) => ({ id, overdue, urgent, requested_at: at });
    expect(byUrgency([r('a', false, false, '1'), r('b', false, true, '3'), r('c', true, false, '4'), r('d', false, true, '2')]).map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('a partner’s referral', () => {
  it('shows the shared person data and the answers possible in its state, with the test ids', () => {
    const html = decode(wrap(<ReferralCard referral={referral} reference={testReference} partner onChanged={noop} onReload={noop} />));
    expect(html).toMatch(/data-testid="partner-referral-f1" data-state="requested"/);
    expect(html).toContain('Shelter');
    expect(html).toContain('Dilnoza K., Female, Child');
    expect(html).toContain('Food: <strong>Needed</strong>');
    for (const id of ['referral-accept-f1', 'referral-reject-f1', 'referral-reason-f1']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('referral-start-f1');
    expect(html).not.toContain('href="/protection/pf1"');
    const accepted = wrap(<ReferralCard referral={{ ...referral, state: 'accepted' }} reference={testReference} partner onChanged={noop} onReload={noop} />);
    expect(accepted).toContain('data-testid="referral-start-f1"');
    expect(accepted).not.toContain('referral-reason-f1');
    const running = wrap(<ReferralCard referral={{ ...referral, state: 'in_progress' }} reference={testReference} partner onChanged={noop} onReload={noop} />, 'ru');
    expect(running).toContain('data-testid="referral-complete-f1"');
    expect(running).toContain('Выполняется');
    expect(running).toContain('Завершить');
  });

  it('shows others the file link and no answers', () => {
    const html = wrap(<ReferralCard referral={{ ...referral, person: undefined, overdue: true }} reference={testReference} partner={false} onChanged={noop} onReload={noop} />);
    expect(html).toContain('href="/protection/pf1"');
    expect(html).toContain('data-testid="referral-overdue-f1"');
    expect(html).not.toContain('referral-accept-f1');
  });

  it('says when the consent shares nothing', () => {
    expect(wrap(<ReferralPersonView person={{}} reference={testReference} />)).toContain('The consent shares no personal data.');
    expect(wrap(<ReferralPersonView person={{ contact: '+7 700 000 00 00', forms_of_exploitation: ['labour'] }} reference={testReference} />)).toContain('+7 700 000 00 00');
  });
});
