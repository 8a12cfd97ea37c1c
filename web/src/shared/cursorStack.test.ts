import { describe, expect, it } from 'vitest';
import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from './cursorStack';

describe('cursor stack', () => {
  it('walks forward and back through pages', () => {
    let s = FIRST_PAGE;
    expect([currentCursor(s), hasPrevious(s), pageNumber(s)]).toEqual([null, false, 1]);
    s = pushCursor(s, 'c2');
    s = pushCursor(s, 'c3');
    expect([currentCursor(s), hasPrevious(s), pageNumber(s)]).toEqual(['c3', true, 3]);
    s = popCursor(s);
    expect(currentCursor(s)).toBe('c2');
    s = popCursor(popCursor(s));
    expect(s).toEqual([null]);
  });
});
