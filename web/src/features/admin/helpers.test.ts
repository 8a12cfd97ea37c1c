import { describe, expect, it } from 'vitest';
import { confirmableItems, confirmationOf, effectiveText, itemSuffix, unconfirmedCount } from './jurisdictionDisplay';
import { testJurisdiction as j } from './jurisdictionFixtures';

describe('jurisdiction confirmations', () => {
  it('find the confirmation of the rules, the reflection period and each article', () => {
    expect(confirmationOf(j, 'rules')?.by).toBe('admin');
    expect(confirmationOf(j, 'reflection_period')).toBeUndefined();
    expect(confirmationOf(j, 'kz-adm-394')?.by).toBe('bolat');
    expect(confirmationOf(j, 'kz-cc-128')).toBeUndefined();
    expect(confirmationOf(j, 'no-such-article')).toBeUndefined();
    expect(confirmationOf({ ...j, confirmed: undefined }, 'rules')).toBeUndefined();
  });

  it('count what is still unverified', () => {
    expect(confirmableItems(j)).toEqual(['rules', 'reflection_period', 'kz-cc-128', 'kz-adm-394']);
    expect(unconfirmedCount(j)).toBe(2);
    expect(unconfirmedCount({ ...j, confirmed: undefined, articles: [] })).toBe(2);
    expect(itemSuffix('KZ', 'kz-cc-128')).toBe('KZ-kz-cc-128');
  });

  it('say when an article is in force with the days the file gives', () => {
    expect(effectiveText({ from: '2015-01-01', to: '2020-12-31' })).toEqual({ key: 'admin.jurisdictions.articles.effective_range', from: '2015-01-01', to: '2020-12-31' });
    expect(effectiveText({ from: '2015-01-01', to: null })).toEqual({ key: 'admin.jurisdictions.articles.effective_since', from: '2015-01-01' });
    expect(effectiveText({ from: null, to: '2014-12-31' })).toEqual({ key: 'admin.jurisdictions.articles.effective_until', to: '2014-12-31' });
    expect(effectiveText({ from: null, to: null })).toEqual({ key: 'admin.jurisdictions.articles.effective_unknown' });
    expect(effectiveText(undefined)).toEqual({ key: 'admin.jurisdictions.articles.effective_unknown' });
  });
});
