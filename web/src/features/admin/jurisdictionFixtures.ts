// Fixtures for tests only (never imported by the app): GET /jurisdictions as docs/api-protection.md
// shapes it, one country partly confirmed.
import type { JurisdictionFile } from './types';

const l = (en: string, ru: string) => ({ en, ru });

export const testJurisdiction: JurisdictionFile = {
  country: 'KZ',
  name: l('Kazakhstan', 'Казахстан'),
  code: l('Criminal Code of the Republic of Kazakhstan', 'Уголовный кодекс Республики Казахстан'),
  verified: false,
  consent_irrelevant: true,
  child_needs_no_means: false,
  rules_note: l('Check both points against the code in force.', 'Проверьте оба положения по действующему кодексу.'),
  protection: {
    reflection_period_days: 30,
    reflection_period_note: l('Ariadne’s default, from the Council of Europe Convention.', 'Значение Ариадны по умолчанию, из Конвенции Совета Европы.'),
    identification_roles: ['supervisor', 'referral_coordinator'],
    age_of_majority: 18,
    referral_response_hours: 72,
  },
  confirmed: { rules: { by: 'admin', at: '2026-06-03T10:00:00.000Z', note: 'Checked against the 2014 Code' } },
  articles: [
    {
      id: 'kz-cc-128', code: 'CC Art. 128', title: l('Trafficking in persons', 'Торговля людьми'), offence: 'tip', kind: 'criminal',
      source: { document: '000_0fc0b1641750b782.txt', lines: '548-551' },
      effective: { from: null, to: '2014-12-31', note: l('The 1997 Code; check the new number.', 'Кодекс 1997 года; проверьте новый номер.') },
      verified: false,
    },
    {
      id: 'kz-adm-394', code: 'AOC Art. 394', title: l('Breach of the rules of stay', 'Нарушение правил пребывания'), offence: 'illegal_entry', kind: 'administrative',
      source: { document: '000_0fc0b1641750b782.txt', lines: '700' },
      effective: { from: '2015-01-01', to: null },
      verified: false,
      confirmed: { by: 'bolat', at: '2026-06-04T08:00:00.000Z', note: '' },
    },
  ],
};
