import { afterOf, FIRST_PAGE, isFirstPage, nextPage, previousPage, shownRange } from './paging';

describe('paging through a list', () => {
  it('asks for the first page without a cursor, then for each next page after the last one seen', () => {
    expect(afterOf(FIRST_PAGE)).toBeNull();
    expect(isFirstPage(FIRST_PAGE)).toBe(true);
    const second = nextPage(FIRST_PAGE, 'c20');
    const third = nextPage(second, 'c40');
    expect(afterOf(second)).toBe('c20');
    expect(afterOf(third)).toBe('c40');
    expect(isFirstPage(third)).toBe(false);
  });

  it('goes back one page at a time, so going back returns to the same page', () => {
    const third = nextPage(nextPage(FIRST_PAGE, 'c20'), 'c40');
    expect(afterOf(previousPage(third))).toBe('c20');
    expect(previousPage(previousPage(third))).toEqual(FIRST_PAGE);
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });

  it('stays put when there is no next cursor', () => {
    const second = nextPage(FIRST_PAGE, 'c20');
    expect(nextPage(second, null)).toBe(second);
    expect(nextPage(second, undefined)).toBe(second);
    expect(nextPage(second, '')).toBe(second);
  });

  it('numbers the items shown on the current page from 1', () => {
    const third = nextPage(nextPage(FIRST_PAGE, 'a'), 'b');
    expect(shownRange(FIRST_PAGE, 20, 20)).toEqual({ from: 1, to: 20 });
    expect(shownRange(nextPage(FIRST_PAGE, 'a'), 20, 7)).toEqual({ from: 21, to: 27 });
    expect(shownRange(third, 20, 7)).toEqual({ from: 41, to: 47 });
    expect(shownRange(third, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
