import { afterOf, FIRST_PAGE, isFirstPage, nextPage, previousPage, shownRange } from './paging';

describe('paging through a list', () => {
  it('asks for the first page without a cursor, then for each next page after the last one seen', () => {
    expect(afterOf(FIRST_PAGE)).toBeNull();
    expect(isFirstPage(FIRST_PAGE)).toBe(true);
    const second = nextPage(FIRST_PAGE, 'c1');
    const third = nextPage(second, 'c2');
    expect(afterOf(second)).toBe('c1');
    expect(afterOf(third)).toBe('c2');
    expect(isFirstPage(third)).toBe(false);
  });

  it('goes back one page at a time to the first page', () => {
    const third = nextPage(nextPage(FIRST_PAGE, 'c1'), 'c2');
    expect(afterOf(previousPage(third))).toBe('c1');
    expect(previousPage(previousPage(third))).toEqual(FIRST_PAGE);
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });

  it('numbers the items shown from 1', () => {
    expect(shownRange(FIRST_PAGE, 20, 20)).toEqual({ from: 1, to: 20 });
    expect(shownRange(nextPage(FIRST_PAGE, 'c1'), 20, 7)).toEqual({ from: 21, to: 27 });
    expect(shownRange(FIRST_PAGE, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
