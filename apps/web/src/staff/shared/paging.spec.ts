import { currentAfter, firstPage, nextPage, previousPage, shownRange } from './paging';

describe('paging through a connection', () => {
  it('remembers the cursor of every page, so going back returns to the same page', () => {
    let paging = firstPage('status=OPEN');
    expect(currentAfter(paging)).toBeNull();
    paging = nextPage(paging, 'c20');
    paging = nextPage(paging, 'c40');
    expect(currentAfter(paging)).toBe('c40');
    paging = previousPage(paging);
    expect(currentAfter(paging)).toBe('c20');
    paging = previousPage(previousPage(paging));
    expect(currentAfter(paging)).toBeNull();
    expect(paging.cursors).toEqual([null]);
  });

  it('stays put when there is no next cursor', () => {
    const paging = firstPage('');
    expect(nextPage(paging, null)).toBe(paging);
  });

  it('numbers the items shown on the current page', () => {
    const third = nextPage(nextPage(firstPage(''), 'a'), 'b');
    expect(shownRange(firstPage(''), 20, 20)).toEqual({ from: 1, to: 20 });
    expect(shownRange(third, 20, 7)).toEqual({ from: 41, to: 47 });
    expect(shownRange(third, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
