// Fixtures for tests only (never imported by the app): the protection reference document and a
// protection file, shaped as docs/api-protection.md describes them.
import { normalizeProtectionReference } from './protectionReference';
import type { ProtectionReference } from './protectionReference';

const l = (en: string, ru: string) => ({ en, ru });

export const testReference: ProtectionReference = normalizeProtectionReference({
  referral_services: [
    { id: 'shelter', label: l('Shelter', 'Приют') },
    { id: 'health_care', label: l('Health care', 'Медицинская помощь') },
    { id: 'legal_aid', label: l('Legal aid', 'Юридическая помощь') },
  ],
  risk_assessment: {
    stages: [
      { id: 'identification', label: l('At identification', 'При выявлении'), factors: [{ id: 'threats', label: l('Threats by the exploiters', 'Угрозы со стороны эксплуататоров') }, { id: 'debt', label: l('Debt owed', 'Долг') }] },
      { id: 'before_return', label: l('Before return', 'Перед возвращением'), factors: [{ id: 'family_risk', label: l('Risk in the family', 'Риск в семье') }] },
    ],
  },
  needs_assessment: {
    levels: [{ id: 'immediate', label: l('Immediate', 'Неотложные'), items: [{ id: 'food', label: l('Food', 'Питание') }] }],
  },
  reintegration_plan: {
    steps: ['housing', 'income', 'education', 'health', 'family', 'follow_up'].map((id) => ({ id, label: l(`Step ${id}`, `Шаг ${id}`) })),
  },
  legal_elements: {
    trafficking: {
      acts: [{ id: 'recruitment', label: l('Recruitment', 'Вербовка') }, { id: 'transport', label: l('Transport', 'Перевозка') }],
      means: [{ id: 'deception', label: l('Deception', 'Обман') }],
      purposes: [{ id: 'forced_labour', label: l('Forced labour', 'Принудительный труд') }],
    },
    smuggling: { elements: [{ id: 'border_crossed', label: l('Border crossed', 'Пересечение границы') }] },
  },
  frontline_report: {
    blocks: [
      { id: 'exploitation_type', label: l('Type of exploitation', 'Вид эксплуатации'), hint: l('What work, what was done to them', 'Какая работа, что с ними делали') },
      { id: 'countries', label: l('Countries', 'Страны'), hint: l('Origin, transit, destination', 'Происхождения, транзита, назначения') },
    ],
  },
  consent_data: [
    { id: 'identity', label: l('Identity', 'Личность') },
    { id: 'contact', label: l('Contact', 'Контакты') },
  ],
  action_kinds: [
    { id: 'shelter_placement', label: l('Shelter placement', 'Размещение в приюте') },
    { id: 'police_detention', label: l('Police detention', 'Задержание') },
    { id: 'removal', label: l('Removal', 'Выдворение') },
    { id: 'return', label: l('Return', 'Возвращение') },
  ],
  assistance_statuses: [
    { id: 'potential', label: l('Potential victim', 'Потенциальный пострадавший') },
    { id: 'presumed', label: l('Presumed victim', 'Предполагаемый пострадавший') },
    { id: 'identified', label: l('Identified victim', 'Установленный пострадавший') },
    { id: 'not_confirmed', label: l('Not confirmed', 'Не подтверждено') },
  ],
  procedural_statuses: [
    { id: 'none', label: l('None', 'Нет') },
    { id: 'witness', label: l('Witness', 'Свидетель') },
    { id: 'injured_party', label: l('Injured party', 'Потерпевший') },
    { id: 'judicial_finding', label: l('Judicial finding', 'Установлено судом') },
    { id: 'status_lost', label: l('Status lost', 'Статус утрачен') },
  ],
  referral_states: [
    { id: 'requested', label: l('Requested', 'Запрошено') },
    { id: 'accepted', label: l('Accepted', 'Принято') },
    { id: 'rejected', label: l('Rejected', 'Отклонено') },
    { id: 'in_progress', label: l('In progress', 'Выполняется') },
    { id: 'completed', label: l('Completed', 'Завершено') },
    { id: 'revoked', label: l('Revoked', 'Отменено') },
  ],
});
