import { describe, expect, it } from 'vitest';
import type { Partner } from '../partners';
import { ApiError } from '../../shared/api';
import { testReference } from '../../shared/protectionFixtures';
import { actionWarning } from './actions';
import { ageBody, assessedItems, assessmentKinds, checkAge, initialRisk, planBody, planComplete, riskBody, visibleAssessments } from './assessmentForm';
import { checkConsent, consentBody, initialConsent } from './consentForm';
import { checkDecision, decisionBody, decisionsOf, movesFrom, otherStatuses, reasonRequired } from './decisions';
import { checkFile, editProblem, EMPTY_FILE, fileBody, filePatchBody, newFilePath, prefillFile, valuesFromFile } from './fileForm';
import { chosenElements, elementOfField, EMPTY_LEGAL, legalBody, parseEvidence } from './legalForm';
import { checkReferral, EMPTY_REFERRAL, referablePartners, referralBody, servicesOf, usableConsents, withOrganisation } from './referralForm';
import type { Assessment, Consent, Decision, ProtectionFile } from './types';

const partner = (id: string, services: string[], active = true): Partner => ({
  id, name: id.toUpperCase(), kind: 'ngo', country: 'KZ', region: 'Almaty', services, contacts: {}, unit_id: null, active,
});
const consent = (id: string, over: Partial<Consent> = {}): Consent => ({
  id, purpose: 'referral', decision: 'given', given_by: 'person', organisations: [], data: [], note: '', recorded_by: 'aigul',
  recorded_at: '2026-06-01T09:00:00.000Z', withdrawn_at: null, withdrawn_by: null, withdraw_reason: null, active: true, ...over,
});

describe('status decisions', () => {
  it('follow the moves of the contract on both tracks', () => {
    expect(movesFrom('assistance', 'potential')).toEqual(['presumed', 'not_confirmed']);
    expect(movesFrom('assistance', 'presumed')).toEqual(['identified', 'not_confirmed']);
    expect(movesFrom('assistance', 'not_confirmed')).toEqual(['presumed']);
    expect(movesFrom('assistance', 'identified')).toEqual([]);
    expect(movesFrom('procedural', 'none')).toEqual(['witness', 'injured_party']);
    expect(movesFrom('procedural', 'witness')).toEqual(['injured_party', 'judicial_finding', 'status_lost']);
    expect(movesFrom('procedural', 'judicial_finding')).toEqual(['status_lost']);
    expect(movesFrom('procedural', 'status_lost')).toEqual(['witness', 'injured_party']);
    expect(otherStatuses('assistance', 'potential', ['potential', 'presumed', 'identified', 'not_confirmed'])).toEqual(['identified']);
  });

  it('need grounds always and a reason to lose the procedural status', () => {
    expect(checkDecision('assistance', { to: '', grounds: 'x', reason: '' })?.problem).toMatchObject({ code: 'required', field: 'to' });
    expect(checkDecision('assistance', { to: 'presumed', grounds: ' ', reason: '' })?.problem).toMatchObject({ code: 'required', field: 'grounds' });
    expect(checkDecision('procedural', { to: 'status_lost', grounds: 'Court ruling', reason: '' })?.problem).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect(checkDecision('procedural', { to: 'witness', grounds: 'Statement', reason: '' })).toBeNull();
    expect(reasonRequired('assistance', 'status_lost')).toBe(false);
    expect(decisionBody({ version: 4 }, 'assistance', { to: 'presumed', grounds: ' Indicators observed ', reason: '' })).toEqual({ track: 'assistance', to: 'presumed', grounds: 'Indicators observed', reason: '', version: 4 });
  });

  it('list the decisions of one track, newest first', () => {
    const d = (id: string, track: Decision['track'], at: string): Decision => ({ id, track, from: null, to: 'x', grounds: '', reason: '', by: 'a', at });
    const list = [d('1', 'assistance', '2026-01-01'), d('2', 'procedural', '2026-01-02'), d('3', 'assistance', '2026-01-03')];
    expect(decisionsOf(list, 'assistance').map((x) => x.id)).toEqual(['3', '1']);
  });
});

describe('the new-file form', () => {
  it('is prefilled from the address when opened from a case', () => {
    const path = newFilePath('c1', 'e1', 'Dilnoza K.', 'KZ');
    expect(path).toBe('/protection/new?case_id=c1&entity_id=e1&name=Dilnoza+K.&jurisdiction=KZ');
    expect(prefillFile(path.slice(path.indexOf('?')), 'UZ')).toMatchObject({ case_id: 'c1', entity_id: 'e1', name: 'Dilnoza K.', jurisdiction: 'KZ' });
    expect(prefillFile('', 'UZ')).toMatchObject({ case_id: '', jurisdiction: 'UZ', sex: 'unknown', cooperation: 'undecided' });
  });

  it('checks the name, a partial birth date and the jurisdiction, then builds the body', () => {
    expect(checkFile(EMPTY_FILE)?.problem).toMatchObject({ code: 'required', field: 'person.name' });
    expect(checkFile({ ...EMPTY_FILE, name: 'D', birth_date: '2010-13' })?.problem).toMatchObject({ code: 'invalid_date', field: 'person.birth_date' });
    expect(checkFile({ ...EMPTY_FILE, name: 'D', birth_date: '2010-05' })?.problem).toMatchObject({ field: 'jurisdiction' });
    expect(checkFile({ ...EMPTY_FILE, name: 'D', birth_date: '2010', jurisdiction: 'KZ' })).toBeNull();
    const body = fileBody({ ...EMPTY_FILE, name: ' Dilnoza ', sex: 'female', birth_date: '2010-05', age_uncertain: true, nationality: 'UZ', languages: 'uz, ru', jurisdiction: 'KZ', forms_of_exploitation: ['labour'], case_id: 'c1', entity_id: 'e1' });
    expect(body).toEqual({
      person: { name: 'Dilnoza', sex: 'female', birth_date: '2010-05', age_uncertain: true, languages: ['uz', 'ru'], nationality: 'UZ' },
      jurisdiction: 'KZ', forms_of_exploitation: ['labour'], case_id: 'c1', entity_id: 'e1', cooperation: 'undecided', note: '',
    });
    expect(fileBody({ ...EMPTY_FILE, name: 'X', jurisdiction: 'KZ' })).toMatchObject({ person: { birth_date: null }, case_id: null, entity_id: null });
  });
});

describe('the edit form', () => {
  const file = {
    id: 'pf1', version: 7, jurisdiction: 'KZ', forms_of_exploitation: ['labour'], cooperation: 'cooperating', note: 'Met at the border',
    person: { name: 'Dilnoza K.', sex: 'female', birth_date: '2010-05', age_uncertain: true, nationality: 'UZ', languages: ['uz', 'ru'], contact: '+998 90', age_group: 'child' },
  } as ProtectionFile;

  it('starts from the file', () => {
    expect(valuesFromFile(file)).toMatchObject({
      name: 'Dilnoza K.', sex: 'female', birth_date: '2010-05', age_uncertain: true, nationality: 'UZ', languages: 'uz, ru', contact: '+998 90',
      jurisdiction: 'KZ', forms_of_exploitation: ['labour'], cooperation: 'cooperating', note: 'Met at the border', case_id: '',
    });
    const bare = valuesFromFile({ ...file, person: { name: 'X', sex: 'unknown', birth_date: null, nationality: null as unknown as string } });
    expect(bare).toMatchObject({ birth_date: '', nationality: '', languages: '', contact: '', age_uncertain: false });
    expect(checkFile(valuesFromFile(file))).toBeNull();
  });

  it('sends the whole person with the version it was opened on, emptied fields empty', () => {
    expect(filePatchBody(file, valuesFromFile(file))).toEqual({
      version: 7,
      person: { name: 'Dilnoza K.', sex: 'female', birth_date: '2010-05', age_uncertain: true, nationality: 'UZ', languages: ['uz', 'ru'], contact: '+998 90' },
      forms_of_exploitation: ['labour'], cooperation: 'cooperating', note: 'Met at the border',
    });
    const cleared = filePatchBody(file, { ...valuesFromFile(file), name: ' Dilnoza ', birth_date: ' ', nationality: '', languages: '', contact: ' ', forms_of_exploitation: [], note: '' });
    expect(cleared.person).toEqual({ name: 'Dilnoza', sex: 'female', birth_date: null, age_uncertain: true, nationality: null, languages: [], contact: '' });
    expect(cleared).toMatchObject({ forms_of_exploitation: [], note: '' });
    expect(Object.keys(cleared).sort()).toEqual(['cooperation', 'forms_of_exploitation', 'note', 'person', 'version']);
  });

  it('shows a version conflict without naming the version as a field of the form', () => {
    const conflict = editProblem(new ApiError({ status: 409, code: 'version_conflict', field: 'version' }));
    expect(conflict).toBeInstanceOf(ApiError);
    expect((conflict as ApiError).problem).toEqual({ status: 409, code: 'version_conflict', field: undefined });
    const required = new ApiError({ status: 422, code: 'required', field: 'person.name' });
    expect(editProblem(required)).toBe(required);
    expect(editProblem(null)).toBeNull();
  });
});

describe('consent and referral forms', () => {
  it('make a child’s consent the guardian’s', () => {
    expect(initialConsent(true).given_by).toBe('guardian');
    expect(initialConsent(false).given_by).toBe('person');
    const guardian = { name: 'G', organisation: '', contact: '', appointed_by: '', appointed_at: null };
    expect(checkConsent({ child: true, guardian: null }, initialConsent(true))?.problem).toMatchObject({ code: 'guardian_required' });
    expect(checkConsent({ child: true, guardian }, { ...initialConsent(true), given_by: 'person' })?.problem).toMatchObject({ code: 'guardian_required', field: 'given_by' });
    expect(checkConsent({ child: true, guardian }, initialConsent(true))).toBeNull();
    expect(checkConsent({ child: false, guardian: null }, initialConsent(false))).toBeNull();
    expect(consentBody({ ...initialConsent(false), organisations: ['p1'], data: ['identity'], note: ' ok ' })).toEqual({ purpose: 'referral', decision: 'given', given_by: 'person', organisations: ['p1'], data: ['identity'], note: 'ok' });
  });

  it('offer only the services of the chosen organisation and only active given consents', () => {
    const partners = [partner('p1', ['shelter', 'health_care']), partner('p2', ['legal_aid']), partner('p3', ['shelter'], false)];
    expect(referablePartners(partners).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(servicesOf(partners, 'p1')).toEqual(['shelter', 'health_care']);
    expect(servicesOf(partners, 'nope')).toEqual([]);
    const v = withOrganisation({ ...EMPTY_REFERRAL, service: 'shelter' }, partners, 'p1');
    expect(v).toMatchObject({ organisation_id: 'p1', service: 'shelter' });
    expect(withOrganisation(v, partners, 'p2').service).toBe('legal_aid');
    expect(withOrganisation({ ...v, service: 'health_care' }, [...partners, partner('p4', ['shelter', 'legal_aid'])], 'p4').service).toBe('');
    const consents = [consent('c1'), consent('c2', { active: false }), consent('c3', { decision: 'refused' })];
    expect(usableConsents(consents).map((c) => c.id)).toEqual(['c1']);
    expect(checkReferral(EMPTY_REFERRAL)?.problem).toMatchObject({ code: 'required', field: 'organisation_id' });
    expect(checkReferral({ ...EMPTY_REFERRAL, organisation_id: 'p1' })?.problem).toMatchObject({ field: 'service' });
    expect(referralBody({ organisation_id: 'p1', service: 'shelter', consent_id: '', note: ' n ', urgent: true })).toEqual({ organisation_id: 'p1', service: 'shelter', note: 'n', urgent: true });
    expect(referralBody({ organisation_id: 'p1', service: 'shelter', consent_id: 'c1', note: '', urgent: false }).consent_id).toBe('c1');
  });
});

describe('assessments', () => {
  const stage = testReference.risk_assessment.stages[0];
  const steps = testReference.reintegration_plan.steps;
  it('start every risk factor unknown and send only assessed items of the form', () => {
    const values = initialRisk(stage);
    expect(values).toEqual({ threats: { value: 'unknown', note: '' }, debt: { value: 'unknown', note: '' } });
    expect(riskBody(stage, { ...values, threats: { value: 'yes', note: ' calls at night ' }, stray: { value: 'yes' } }, { completed: true, note: '' })).toEqual({
      kind: 'risk', stage: 'identification', completed: true,
      items: { threats: { value: 'yes', note: 'calls at night' }, debt: { value: 'unknown' } },
    });
    expect(assessedItems({ food: { value: '' }, shelter: { value: 'needed', note: '' } })).toEqual({ shelter: { value: 'needed' } });
  });

  it('complete a plan only with all six steps', () => {
    const some = { housing: { value: 'planned' } };
    expect(planComplete(steps, some)).toBe(false);
    const all = Object.fromEntries(steps.map((s) => [s.id, { value: 'done' }]));
    expect(planComplete(steps, all)).toBe(true);
    expect(planBody(steps, some, { completed: false, note: ' n ' })).toEqual({ kind: 'reintegration_plan', items: { housing: { value: 'planned' } }, completed: false, note: 'n' });
  });

  it('check and build an age assessment', () => {
    expect(checkAge({ method: '', result: 'adult', estimated_age: '', note: '' })?.problem).toMatchObject({ field: 'method' });
    expect(checkAge({ method: 'X-ray', result: '', estimated_age: '', note: '' })?.problem).toMatchObject({ field: 'result' });
    expect(checkAge({ method: 'X-ray', result: 'child', estimated_age: 'fifteen', note: '' })?.problem).toMatchObject({ code: 'invalid_number' });
    expect(ageBody({ method: ' X-ray ', result: 'child', estimated_age: '15', note: '' })).toEqual({ kind: 'age', method: 'X-ray', result: 'child', estimated_age: 15, completed: true });
  });

  it('leave needs out of a file seen from its case', () => {
    expect(assessmentKinds('case')).not.toContain('needs');
    expect(assessmentKinds('full')).toContain('needs');
    const a = (id: string, kind: Assessment['kind'], at: string): Assessment => ({ id, kind, by: 'a', at });
    const items = [a('1', 'needs', '2026-01-01'), a('2', 'risk', '2026-01-02'), a('3', 'age', '2026-01-03')];
    expect(visibleAssessments(items, 'case').map((x) => x.id)).toEqual(['3', '2']);
    expect(visibleAssessments(items, 'full').map((x) => x.id)).toEqual(['3', '2', '1']);
  });
});

describe('action warnings', () => {
  const file = { child: false, reflection: null, assessments: [] as Assessment[] };
  const running = { started_at: '', ends_at: '', days: 30, running: true, verified: true };
  it('warn what the server will refuse', () => {
    expect(actionWarning({ ...file, reflection: running }, 'removal')).toBe('protection.actions.warn_reflection');
    expect(actionWarning({ ...file, reflection: { ...running, running: false } }, 'removal')).toBeNull();
    expect(actionWarning({ ...file, child: true }, 'police_detention')).toBe('protection.actions.warn_child_detention');
    expect(actionWarning(file, 'police_detention')).toBeNull();
    expect(actionWarning({ ...file, child: true }, 'return')).toBe('protection.actions.warn_child_return');
    const ready: Assessment[] = [
      { id: '1', kind: 'risk', stage: 'before_return', completed: true, by: 'a', at: '' },
      { id: '2', kind: 'reintegration_plan', completed: true, by: 'a', at: '' },
    ];
    expect(actionWarning({ ...file, child: true, assessments: ready }, 'return')).toBeNull();
    expect(actionWarning({ ...file, child: true, assessments: ready }, 'repatriation')).toBe('protection.actions.warn_child_return');
    expect(actionWarning(file, 'shelter_placement')).toBeNull();
  });
});

describe('legal assessment form', () => {
  const groups = testReference.legal_elements.trafficking;
  it('splits evidence references and sends the chosen elements in the reference’s order', () => {
    expect(parseEvidence(' interview:019a, document:019b;exhibit:3 ,, ')).toEqual(['interview:019a', 'document:019b', 'exhibit:3']);
    const v = {
      ...EMPTY_LEGAL,
      acts: { transport: { on: true, evidence: 'interview:1' }, recruitment: { on: true, evidence: '' } },
      means: { deception: { on: false, evidence: 'interview:2' } },
      purposes: { forced_labour: { on: true, evidence: 'document:9, entity:4' } },
      border_crossed: true,
    };
    expect(chosenElements(groups.acts, v.acts)).toEqual([{ id: 'recruitment', evidence: [] }, { id: 'transport', evidence: ['interview:1'] }]);
    const body = legalBody(groups, v);
    expect(body).toEqual({
      acts: [{ id: 'recruitment', evidence: [] }, { id: 'transport', evidence: ['interview:1'] }],
      means: [],
      purposes: [{ id: 'forced_labour', evidence: ['document:9', 'entity:4'] }],
      child: null, consent_claimed: false, border_crossed: true, illegal_entry: false, benefit: false, continuing_control: false, note: '',
    });
    expect(legalBody(groups, { ...v, child: 'no', subject_entity_id: 'e1', jurisdiction: 'KG' })).toMatchObject({ child: false, subject_entity_id: 'e1', jurisdiction: 'KG' });
    expect(elementOfField(body, 'acts[1].evidence[0]')).toEqual({ group: 'acts', id: 'transport', evidence: true });
    expect(elementOfField(body, 'purposes[0]')).toEqual({ group: 'purposes', id: 'forced_labour', evidence: false });
    expect(elementOfField(body, 'acts[5].evidence[0]')).toBeNull();
    expect(elementOfField(body, 'note')).toBeNull();
  });
});
