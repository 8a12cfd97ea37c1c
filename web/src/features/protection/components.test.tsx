import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../partners';
import type { Referral } from '../referrals';
import { ApiError } from '../../shared/api';
import { testReference } from '../../shared/protectionFixtures';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { ActionForm } from './ActionForm';
import { AssessmentPanel } from './AssessmentPanel';
import { ConsentForm } from './ConsentForm';
import { ConsentRow } from './ConsentRow';
import { FileEdit } from './FileEdit';
import { FileEditPanel } from './FileEditPanel';
import { editProblem, EMPTY_FILE } from './fileForm';
import { FileForm } from './FileForm';
import { FileHeader } from './FileHeader';
import { FileTable } from './FileTable';
import { GuardianPanel } from './GuardianPanel';
import { LegalAssessmentList } from './LegalAssessmentList';
import { LegalElementChecks } from './LegalElementChecks';
import { ReferralForm } from './ReferralForm';
import { ReferralRow } from './ReferralRow';
import { ReflectionPanel } from './ReflectionPanel';
import { StatusPanel } from './StatusPanel';
import type { Consent, LegalAssessment, ProtectionFile } from './types';

const MANAGER = ['protection.read', 'protection.manage', 'screening.record'];
const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = MANAGER) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const decode = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const noop = () => undefined;

const consent: Consent = {
  id: 'k1', purpose: 'referral', decision: 'given', given_by: 'guardian', organisations: [{ id: 'p1', name: 'Sana Sezim' }], data: ['identity'],
  note: '', recorded_by: 'aigul', recorded_at: '2026-06-02T09:00:00.000Z', withdrawn_at: null, withdrawn_by: null, withdraw_reason: null, active: true,
};
const referral: Referral = {
  id: 'f1', file_id: 'pf1', organisation: { id: 'p1', name: 'Sana Sezim' }, service: 'shelter', state: 'requested', note: 'Needs a female interpreter', urgent: true,
  requested_by: 'aigul', requested_at: '2026-06-02T10:00:00.000Z', due_at: '2026-06-03T10:00:00.000Z', overdue: true,
  history: [{ from: null, to: 'requested', by: 'aigul', at: '2026-06-02T10:00:00.000Z' }], version: 1,
};
const file: ProtectionFile = {
  id: 'pf1', reference: 'PF-2026-0004', person: { name: 'Dilnoza K.', sex: 'female', birth_date: '2010-05', age_uncertain: false, nationality: 'UZ', languages: ['uz'], age_group: 'child' },
  child: true, child_reason: 'birth_date', jurisdiction: 'KZ', forms_of_exploitation: ['labour'], cooperation: 'undecided', note: '',
  case: { id: 'c1', reference: 'KZ-ALA-2026-0007' }, entity_id: 'e1', owner_unit: { id: 'n1', name: 'Almaty' },
  assistance_status: 'presumed', procedural_status: 'witness',
  reflection: { started_at: '2026-06-01T00:00:00.000Z', ends_at: '2026-07-01T00:00:00.000Z', days: 30, running: true, verified: false },
  guardian: null, decisions: [{ id: 'd1', track: 'assistance', from: 'potential', to: 'presumed', grounds: 'Direct indicators observed', reason: '', by: 'aigul', at: '2026-06-01T09:00:00.000Z' }],
  consents: [consent], referrals: [referral], assessments: [{ id: 'a1', kind: 'needs', items: { food: { value: 'needed' } }, by: 'aigul', at: '2026-06-02T09:00:00.000Z' }],
  actions: [], screenings: [], version: 5, created_at: '2026-06-01T09:00:00.000Z', updated_at: '2026-06-02T09:00:00.000Z', view: 'full',
};
const partners: Partner[] = [
  { id: 'p1', name: 'Sana Sezim', kind: 'ngo', country: 'KZ', region: 'Almaty', services: ['shelter'], contacts: {}, unit_id: null, active: true },
  { id: 'p2', name: 'Closed NGO', kind: 'ngo', country: 'KZ', region: 'Almaty', services: ['shelter'], contacts: {}, unit_id: null, active: false },
];

describe('protection file', () => {
  it('marks a child visibly with the reason', () => {
    const html = wrap(<FileHeader file={file} />);
    expect(html).toMatch(/data-testid="file-child-badge"[^>]*>Treated as a child<span class="badge-child-reason"> · under age by the date of birth/);
    expect(html).toContain('href="/cases/c1/protection"');
    expect(wrap(<FileHeader file={{ ...file, child: false, child_reason: 'adult' }} />)).not.toContain('file-child-badge');
    expect(wrap(<FileHeader file={file} />, 'ru')).toContain('Считается ребёнком');
  });

  it('shows each track with its status id, a decision form and the history', () => {
    const html = decode(wrap(<StatusPanel track="assistance" file={file} statuses={testReference.assistance_statuses} onSaved={noop} onReload={noop} />));
    expect(html).toMatch(/data-testid="file-assistance-status" data-value="presumed">Presumed victim</);
    expect(html).toContain('data-testid="decision-assistance-to"');
    expect(html).toContain('data-testid="decision-assistance-grounds"');
    expect(html).toContain('data-testid="decision-assistance-submit"');
    // The contract's moves first; the others apart.
    expect(html).toMatch(/<optgroup label="Possible from the current status"><option value="identified">Identified victim<\/option><option value="not_confirmed">Not confirmed<\/option><\/optgroup><optgroup label="Not possible from the current status"><option value="potential">/);
    expect(html).toContain('Potential victim → Presumed victim');
    expect(html).toContain('Grounds: Direct indicators observed');
    const proc = wrap(<StatusPanel track="procedural" file={file} statuses={testReference.procedural_statuses} onSaved={noop} onReload={noop} />, 'ru');
    expect(proc).toMatch(/data-testid="file-procedural-status" data-value="witness">Свидетель</);
    for (const id of ['decision-procedural-to', 'decision-procedural-grounds', 'decision-procedural-reason', 'decision-procedural-submit']) expect(proc).toContain(`data-testid="${id}"`);
    expect(proc).toContain('Процессуальный статус');
    const reader = wrap(<StatusPanel track="assistance" file={file} statuses={testReference.assistance_statuses} onSaved={noop} onReload={noop} />, 'en', ['protection.read']);
    expect(reader).not.toContain('decision-assistance-to');
  });

  it('shows the end of the reflection period and marks it unverified', () => {
    const html = wrap(<ReflectionPanel reflection={file.reflection} />);
    expect(html).toMatch(/data-testid="file-reflection-ends" data-value="2026-07-01T00:00:00.000Z">1 Jul 2026</);
    expect(html).toContain('data-running="true"');
    expect(html).toContain('data-testid="file-reflection-unverified"');
    expect(html).toContain('30 days');
    expect(wrap(<ReflectionPanel reflection={{ ...file.reflection!, verified: true }} />)).not.toContain('file-reflection-unverified');
    expect(wrap(<ReflectionPanel reflection={null} />, 'ru')).toContain('Не начинался');
  });

  it('asks for a guardian prominently for a child', () => {
    const html = wrap(<GuardianPanel file={file} onSaved={noop} />);
    expect(html).toContain('guardian-prominent');
    expect(html).toContain('data-testid="guardian-missing"');
    for (const id of ['guardian-name', 'guardian-organisation', 'guardian-submit']) expect(html).toContain(`data-testid="${id}"`);
  });

  it('records consent with partner and data checkboxes; lists it with a withdraw button', () => {
    const html = wrap(<ConsentForm file={file} partners={partners} dataCategories={testReference.consent_data} onSaved={noop} />);
    for (const id of ['consent-purpose', 'consent-decision', 'consent-given-by', 'consent-org-p1', 'consent-data-identity', 'consent-data-contact', 'consent-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/data-testid="consent-given-by"><option value="person">The person<\/option><option value="guardian" selected="">/);
    const row = decode(wrap(<ConsentRow fileId="pf1" consent={consent} dataCategories={testReference.consent_data} canManage onSaved={noop} />));
    expect(row).toMatch(/data-testid="consent-row-k1" data-active="true"/);
    expect(row).toContain('Organisations: Sana Sezim');
    expect(row).toContain('Data: Identity');
    expect(row).toContain('data-testid="consent-withdraw-k1"');
    const withdrawn = wrap(<ConsentRow fileId="pf1" consent={{ ...consent, active: false, withdrawn_at: '2026-06-03T09:00:00.000Z', withdrawn_by: 'bolat', withdraw_reason: 'Changed her mind' }} dataCategories={[]} canManage onSaved={noop} />);
    expect(withdrawn).toContain('data-active="false"');
    expect(withdrawn).toContain('Changed her mind');
    expect(withdrawn).not.toContain('consent-withdraw-k1"');
  });

  it('refers only to active partners, on active consents', () => {
    const html = wrap(<ReferralForm file={file} reference={testReference} partners={partners} onSaved={noop} />);
    for (const id of ['referral-organisation', 'referral-service', 'referral-consent', 'referral-note', 'referral-urgent', 'referral-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('<option value="p1">Sana Sezim</option>');
    expect(html).not.toContain('Closed NGO');
    expect(html).toMatch(/<option value="k1">Referral · The guardian · [^<]+ · Sana Sezim<\/option>/);
    expect(html).toContain('A child needs a guardian');
  });

  it('lists referrals with their state, overdue badge and history; no service note seen from the case', () => {
    const full = decode(wrap(<ReferralRow referral={referral} reference={testReference} showNote canManage onChanged={noop} onReload={noop} />));
    expect(full).toMatch(/data-testid="referral-row-f1" data-state="requested"/);
    expect(full).toContain('data-testid="referral-overdue-f1"');
    expect(full).toContain('Needs a female interpreter');
    expect(full).toContain('History (1 step)');
    expect(full).toContain('data-testid="referral-revoke-f1"');
    const fromCase = wrap(<ReferralRow referral={referral} reference={testReference} showNote={false} canManage={false} onChanged={noop} onReload={noop} />);
    expect(fromCase).not.toContain('Needs a female interpreter');
    expect(fromCase).not.toContain('referral-revoke-f1');
  });

  it('hides needs assessments from a file seen from its case', () => {
    const full = wrap(<AssessmentPanel file={file} reference={testReference} onSaved={noop} />);
    expect(full).toContain('data-testid="assessment-kind-needs"');
    expect(full).toContain('data-testid="assessment-row-a1"');
    expect(full).toContain('data-testid="risk-factor-threats"');
    expect(full).toContain('data-testid="risk-stage"');
    const fromCase = wrap(<AssessmentPanel file={{ ...file, view: 'case', assessments: [] }} reference={testReference} onSaved={noop} />);
    expect(fromCase).not.toContain('assessment-kind-needs');
    expect(fromCase).toContain('data-testid="assessment-kind-reintegration_plan"');
  });

  it('records actions, warning of what the server will refuse', () => {
    const html = wrap(<ActionForm file={file} kinds={testReference.action_kinds} onSaved={noop} />);
    for (const id of ['action-kind', 'action-at', 'action-note', 'action-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('Police detention');
  });

  it('the new-file form carries its test ids and lists the jurisdictions', () => {
    const html = wrap(<FileForm initial={{ ...EMPTY_FILE, case_id: 'c1', entity_id: 'e1', name: 'Dilnoza' }} jurisdictions={['KZ', 'KG']} busy={false} error={new ApiError({ status: 422, code: 'required', field: 'person.name' })} onSubmit={noop} onCancel={noop} />);
    for (const id of ['file-name', 'file-sex', 'file-birth-date', 'file-age-uncertain', 'file-nationality', 'file-jurisdiction', 'file-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('data-testid="file-linked-case"');
    expect(html).toContain('Field: Name');
    expect(html).toMatch(/data-testid="file-jurisdiction"><option value="" selected="">[^<]+<\/option><option value="KZ">Kazakhstan<\/option><option value="KG">/);
  });

  it('offers the edit button only to a manager, and only on the full view', () => {
    expect(wrap(<FileEditPanel file={file} onSaved={noop} onReload={noop} />)).toContain('data-testid="file-edit"');
    expect(wrap(<FileEditPanel file={file} onSaved={noop} onReload={noop} />, 'ru')).toContain('>Изменить</button>');
    expect(wrap(<FileEditPanel file={{ ...file, view: 'case' }} onSaved={noop} onReload={noop} />)).toBe('');
    expect(wrap(<FileEditPanel file={file} onSaved={noop} onReload={noop} />, 'en', ['protection.read'])).toBe('');
  });

  it('edits the person, exploitation, cooperation and note from the file, not the jurisdiction', () => {
    const html = decode(wrap(<FileEdit file={{ ...file, person: { ...file.person, contact: '+998 90 000' }, note: 'Met at the border' }} onSaved={noop} onCancel={noop} onReload={noop} />));
    expect(html).toContain('data-testid="file-edit-panel"');
    for (const id of ['file-name', 'file-sex', 'file-birth-date', 'file-age-uncertain', 'file-nationality', 'file-languages', 'file-contact', 'file-cooperation', 'file-form-labour', 'file-note', 'file-edit-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/id="file-name" value="Dilnoza K\."/);
    expect(html).toMatch(/id="file-birth-date" value="2010-05"/);
    expect(html).toMatch(/id="file-contact" value="\+998 90 000"/);
    expect(html).toMatch(/<option value="female" selected="">/);
    expect(html).toMatch(/<option value="UZ" selected="">/);
    expect(html).toContain('data-testid="file-form-labour" checked=""');
    expect(html).toContain('>Met at the border</textarea>');
    expect(html).toMatch(/data-testid="file-edit-submit">Save</);
    expect(html).not.toContain('data-testid="file-jurisdiction"');
    expect(html).not.toContain('data-testid="file-submit"');
    expect(html).not.toContain('data-testid="file-linked-case"');
    expect(wrap(<FileEdit file={file} onSaved={noop} onCancel={noop} onReload={noop} />, 'ru')).toContain('Изменение карточки');
  });

  it('shows a version conflict in the problem alert of the edit form', () => {
    const conflict = editProblem(new ApiError({ status: 409, code: 'version_conflict', field: 'version' }));
    const html = wrap(<FileForm initial={EMPTY_FILE} busy={false} error={conflict} submitKey="buttons.save" submitTestId="file-edit-submit" onSubmit={noop} onCancel={noop} />);
    expect(html).toContain('data-testid="problem"><p>Someone else changed this record in the meantime.</p></div>');
    expect(wrap(<FileForm initial={EMPTY_FILE} busy={false} error={conflict} onSubmit={noop} onCancel={noop} />, 'ru')).toContain('Тем временем эту запись изменил другой пользователь.');
  });

  it('lists files with a link per row and the child badge', () => {
    const html = wrap(<FileTable rows={[{ id: 'pf1', reference: 'PF-2026-0004', person: { name: 'Dilnoza K.', sex: 'female', age_group: 'child' }, assistance_status: 'presumed', procedural_status: 'none', child: true, case: null, reflection_ends_at: '2026-07-01T00:00:00.000Z', updated_at: '2026-06-02T09:00:00.000Z' }]} reference={testReference} />);
    expect(html).toMatch(/<a href="\/protection\/pf1" data-testid="file-row-pf1">PF-2026-0004<\/a>/);
    expect(html).toContain('Treated as a child');
    expect(html).toContain('Presumed victim');
  });
});

describe('legal assessment', () => {
  const a = (id: string, at: string, proposal: LegalAssessment['result']['proposal']): LegalAssessment => ({
    id, case_id: 'c1', subject_entity_id: 'e1', jurisdiction: 'KZ', input: {}, created_by: 'aigul', created_at: at,
    result: {
      proposal,
      trafficking: { met: proposal === 'trafficking', missing: proposal === 'trafficking' ? [] : ['means'] },
      smuggling: { met: false, missing: ['border_crossed'] },
      reasons: [{ code: 'act_means_purpose', text: { en: 'An act, a means and a purpose are shown.', ru: 'Доказаны действие, способ и цель.' } }],
      national: [{ code: 'kz_128', text: { en: 'CC Art. 128 applies.', ru: 'Применяется ст. 128 УК.' } }],
    },
  });

  it('offers each element with its evidence field', () => {
    const html = wrap(<LegalElementChecks group="acts" items={testReference.legal_elements.trafficking.acts} values={{ recruitment: { on: true, evidence: 'interview:1' } }} onChange={noop} />);
    expect(html).toContain('data-testid="legal-acts-recruitment"');
    expect(html).toMatch(/data-testid="legal-acts-evidence-recruitment" value="interview:1"/);
    expect(html).toContain('data-testid="legal-acts-evidence-transport"');
  });

  it('shows the newest as current with the proposal, reasons and national notes; earlier ones below', () => {
    const html = decode(wrap(<LegalAssessmentList items={[a('l1', '2026-06-01T09:00:00.000Z', 'undetermined'), a('l2', '2026-06-02T09:00:00.000Z', 'trafficking')]} reference={testReference} subjectName={(id) => `person ${id}`} />));
    expect(html).toMatch(/data-testid="legal-current" data-id="l2"/);
    expect(html).toMatch(/data-testid="legal-proposal" data-value="trafficking"/);
    expect(html).toContain('An act, a means and a purpose are shown.');
    expect(html).toContain('CC Art. 128 applies.');
    expect(html).toContain('missing: A border was crossed');
    expect(html).toContain('data-testid="legal-row-l1"');
    expect(html.match(/data-testid="legal-proposal"/g)).toHaveLength(1);
    const ru = wrap(<LegalAssessmentList items={[a('l1', '2026-06-01T09:00:00.000Z', 'undetermined')]} reference={testReference} subjectName={(id) => id} />, 'ru');
    expect(ru).toContain('Не определено');
    expect(ru).toContain('не хватает: Способы');
    expect(ru).toContain('Применяется ст. 128 УК.');
  });
});
