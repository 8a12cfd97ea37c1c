import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { testReference } from '../../shared/protectionFixtures';
import { ReferenceProvider } from '../../shared/reference';
import { SessionProvider } from '../../shared/session';
import { testLookups, testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { PartnerForm } from './PartnerForm';
import { checkPartner, EMPTY_PARTNER, partnerBody, partnerPatch, valuesFromPartner } from './partnerForm';
import { PartnerTable } from './PartnerTable';
import type { Partner } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['partner.manage'])}>
        <ReferenceProvider initial={{ lookups: testLookups, units: [{ id: 'n9', code: 'NGO-1', name: 'Sana Sezim users', country: 'KZ' }] }}>{node}</ReferenceProvider>
      </SessionProvider>
    </I18nProvider>,
  );
const noop = () => undefined;

const partner: Partner = {
  id: 'p1', name: 'Sana Sezim', kind: 'ngo', country: 'KZ', region: 'Almaty', services: ['shelter', 'legal_aid'],
  contacts: { phone: '+7 727 000 00 00', person: 'Gulnara' }, unit_id: 'n9', active: true, version: 3,
};

describe('partner form', () => {
  it('round-trips a partner and patches only what changed', () => {
    const v = valuesFromPartner(partner);
    expect(partnerPatch(partner, v)).toEqual({ version: 3 });
    expect(partnerPatch(partner, { ...v, region: ' Shymkent ', services: ['shelter'] })).toEqual({ version: 3, region: 'Shymkent', services: ['shelter'] });
    expect(partnerPatch({ ...partner, version: undefined }, { ...v, active: false })).toEqual({ active: false });
    expect(partnerBody({ ...EMPTY_PARTNER, name: ' New ', country: 'KG' })).toMatchObject({ name: 'New', country: 'KG', unit_id: null, active: true, contacts: { phone: '' } });
    expect(checkPartner(EMPTY_PARTNER)?.problem).toMatchObject({ code: 'required', field: 'name' });
    expect(checkPartner({ ...EMPTY_PARTNER, name: 'X' })?.problem).toMatchObject({ field: 'country' });
  });

  it('has its test ids and a checkbox per service', () => {
    const html = wrap(<PartnerForm titleKey="partners.new" initial={EMPTY_PARTNER} services={testReference.referral_services} busy={false} error={null} onSubmit={noop} />);
    for (const id of ['partner-name', 'partner-kind', 'partner-country', 'partner-region', 'partner-service-shelter', 'partner-service-health_care', 'partner-phone', 'partner-unit', 'partner-active', 'partner-submit']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
  });

  it('lists partners with their services in the current language', () => {
    const html = wrap(<PartnerTable rows={[partner]} services={testReference.referral_services} onEdit={noop} />, 'ru');
    expect(html).toContain('data-testid="partner-row-p1"');
    expect(html).toContain('Приют, Юридическая помощь');
    expect(html).toContain('Казахстан, Almaty');
    expect(html).toContain('data-testid="partner-edit-p1"');
    expect(wrap(<PartnerTable rows={[partner]} services={[]} />)).not.toContain('partner-edit-p1');
  });
});
