import { describe, expect, it } from 'vitest';
import { itemsOf } from './api';
import { actorName } from './people';
import { localText, normalizeProtectionReference } from './protectionReference';
import { toggleId } from './toggle';

describe('protection reference', () => {
  it('fills every list the server left out, so screens never meet undefined', () => {
    const r = normalizeProtectionReference({ referral_services: [{ id: 'shelter', label: { en: 'Shelter', ru: 'Приют' } }], risk_assessment: { stages: [{ id: 's', label: { en: 'S', ru: 'С' } }] } });
    expect(r.referral_services).toHaveLength(1);
    expect(r.risk_assessment.stages[0].factors).toEqual([]);
    expect(r.legal_elements.trafficking).toEqual({ acts: [], means: [], purposes: [] });
    expect(r.frontline_report.blocks).toEqual([]);
    expect(normalizeProtectionReference(null).referral_states).toEqual([]);
  });

  it('reads a server text given as {en, ru} or as one string', () => {
    expect(localText({ en: 'Hint', ru: 'Подсказка' }, 'ru')).toBe('Подсказка');
    expect(localText({ en: 'Hint', ru: '' }, 'ru')).toBe('Hint');
    expect(localText('plain', 'ru')).toBe('plain');
    expect(localText(undefined, 'en')).toBe('');
  });
});

describe('small shared helpers', () => {
  it('accept a list with or without its envelope', () => {
    expect(itemsOf([1, 2])).toEqual([1, 2]);
    expect(itemsOf({ items: [3] })).toEqual([3]);
    expect(itemsOf(null)).toEqual([]);
  });

  it('name whoever did something, from a username or a user object', () => {
    expect(actorName('aigul')).toBe('aigul');
    expect(actorName({ id: 'u1', username: 'aigul', display_name: 'Aigul B.' })).toBe('Aigul B.');
    expect(actorName({ username: 'marat' })).toBe('marat');
    expect(actorName(null)).toBe('');
  });

  it('toggle a checkbox id once, keeping the order', () => {
    expect(toggleId(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
  });
});
