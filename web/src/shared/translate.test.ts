import { describe, expect, it } from 'vitest';
import { interpolate, translate } from './translate';

describe('translate', () => {
  it('picks Russian plural forms', () => {
    expect(translate('ru', 'cases.list.total', { count: 1 })).toBe('1 дело');
    expect(translate('ru', 'cases.list.total', { count: 3 })).toBe('3 дела');
    expect(translate('ru', 'cases.list.total', { count: 5 })).toBe('5 дел');
    expect(translate('ru', 'cases.list.total', { count: 21 })).toBe('21 дело');
    expect(translate('ru', 'cases.list.total', { count: 112 })).toBe('112 дел');
    expect(translate('en', 'cases.list.total', { count: 1 })).toBe('1 case');
    expect(translate('en', 'cases.list.total', { count: 0 })).toBe('0 cases');
  });

  it('fills named placeholders and shows an unknown key as itself', () => {
    expect(interpolate('Page {{page}} of {{ total }}', { page: 2, total: 9 })).toBe('Page 2 of 9');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
    expect(translate('ru', 'errors.version_conflict')).toContain('другой пользователь');
  });
});
