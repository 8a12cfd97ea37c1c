import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { ApprovalList } from './ApprovalList';
import { checkDecision, decisionBody } from './decision';
import { RejectForm } from './RejectForm';
import type { Approval } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={{ ...testUser(['case.read', 'approval.decide']), role: 'supervisor' }}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;

const pending: Approval = {
  id: 'a1', case_id: 'c1', case_reference: 'KZ-ALA-2026-0007', subject: 'transition:move_to_arrest',
  label: { en: 'Move to the arrest phase', ru: 'Перейти к задержанию' }, requested_by: 'aigul', requested_at: '2026-06-01T09:00:00.000Z',
  note: 'Arrest plan agreed with the prosecutor', status: 'pending', decided_by: null, decided_at: null, reason: '', version: 1,
};
const rejected: Approval = { ...pending, id: 'a2', status: 'rejected', decided_by: 'bolat', decided_at: '2026-06-02T09:00:00.000Z', reason: 'No interpreter yet', version: 2 };

describe('approvals queue', () => {
  it('lists each request with its case, step, who asked and the note, and the decision buttons', () => {
    const html = decode(wrap(<ApprovalList items={[pending, rejected]} onDecided={noop} />));
    expect(html).toMatch(/href="\/cases\/c1\/workflow" data-testid="approval-case-a1">KZ-ALA-2026-0007</);
    expect(html).toContain('Move to the arrest phase');
    expect(html).toContain('Asked by aigul');
    expect(html).toContain('Arrest plan agreed with the prosecutor');
    expect(html).toContain('data-testid="approval-approve-a1"');
    expect(html).toContain('data-testid="approval-reject-a1"');
    // A decided request has no buttons and says who decided and why.
    expect(html).not.toContain('data-testid="approval-approve-a2"');
    expect(html).toContain('Decided by bolat');
    expect(html).toContain('No interpreter yet');
    const ru = decode(wrap(<ApprovalList items={[pending]} onDecided={noop} />, 'ru'));
    expect(ru).toContain('Перейти к задержанию');
    expect(ru).toContain('>Согласовать<');
    expect(ru).toContain('>Отклонить<');
    expect(ru).toContain('Ожидает решения');
    expect(wrap(<ApprovalList items={[]} onDecided={noop} />)).toContain('data-testid="approvals-empty"');
  });

  it('requires a reason to reject', () => {
    expect(checkDecision('reject', '   ')?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkDecision('reject', 'No interpreter yet')).toBeNull();
    expect(checkDecision('approve', '')).toBeNull();
    expect(decisionBody('reject', ' No interpreter yet ')).toEqual({ decision: 'reject', reason: 'No interpreter yet' });
    const form = (error: unknown, lang: 'en' | 'ru' = 'en') => decode(wrap(<RejectForm approvalId="a1" busy={false} error={error} onSubmit={noop} onCancel={noop} />, lang));
    const en = form(checkDecision('reject', ''));
    expect(en).toContain('Reason for the rejection');
    expect(en).toMatch(/<textarea[^>]*required=""[^>]*aria-invalid="true"[^>]*data-testid="approval-reject-a1-note"/);
    expect(en).toContain('Give the reason.');
    expect(en).toContain('data-testid="approval-reject-a1-submit"');
    expect(form(checkDecision('reject', ''), 'ru')).toContain('Укажите причину.');
  });

  it('shows the 403 own_request problem when a supervisor tries to decide their own request', () => {
    const own = new ApiError({ status: 403, code: 'own_request', detail: 'someone else must decide on your own request' });
    const en = form403(own, 'en');
    expect(en).toContain('data-testid="problem"');
    expect(en).toContain('Someone else must decide on your own request.');
    expect(form403(own, 'ru')).toContain('Решение по вашему собственному запросу должен принять другой руководитель.');
  });
});

const form403 = (error: unknown, lang: 'en' | 'ru') => decode(wrap(<RejectForm approvalId="a1" busy={false} error={error} onSubmit={noop} onCancel={noop} />, lang));
