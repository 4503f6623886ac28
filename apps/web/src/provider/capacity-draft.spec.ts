import {
  draftErrorsFromServer,
  draftOf,
  figuresOf,
  isDirty,
  parseWhole,
  step,
  validateDraft,
} from './capacity-draft';

const saved = { freePlaces: 3, waitingWeeks: 2 };

describe('the figures on a card of the capacity board', () => {
  it('starts from the saved figures and is not dirty until they differ', () => {
    const draft = draftOf(saved);
    expect(draft).toEqual({ freePlaces: '3', waitingWeeks: '2' });
    expect(isDirty(null, saved)).toBe(false);
    expect(isDirty(draft, saved)).toBe(false);
    expect(isDirty({ ...draft, freePlaces: ' 3 ' }, saved)).toBe(false);
    expect(isDirty({ ...draft, freePlaces: '2' }, saved)).toBe(true);
    // Text that is not a number yet is a change that still needs fixing.
    expect(isDirty({ ...draft, waitingWeeks: '' }, saved)).toBe(true);
  });

  it('reads only whole numbers of 0 or more', () => {
    expect(parseWhole('0')).toBe(0);
    expect(parseWhole(' 12 ')).toBe(12);
    for (const text of ['', '-1', '3,5', '3.5', '1e2', 'drie']) expect(parseWhole(text)).toBeNull();
  });

  it('steps one place or week at a time, never below 0 or above the total', () => {
    const draft = draftOf(saved);
    expect(step(draft, 'freePlaces', -1, saved, 10).freePlaces).toBe('2');
    expect(step(draft, 'waitingWeeks', 1, saved, 10).waitingWeeks).toBe('3');
    expect(step({ ...draft, freePlaces: '0' }, 'freePlaces', -1, saved, 10).freePlaces).toBe('0');
    expect(step({ ...draft, freePlaces: '10' }, 'freePlaces', 1, saved, 10).freePlaces).toBe('10');
    expect(step({ ...draft, freePlaces: 'x' }, 'freePlaces', 1, saved, 10).freePlaces).toBe('4');
    // Above the total already (e.g. after a lower total): stepping down still works.
    expect(step({ ...draft, freePlaces: '12' }, 'freePlaces', -1, saved, 10).freePlaces).toBe('11');
  });

  it('explains in Dutch what is wrong with each figure', () => {
    expect(validateDraft(draftOf(saved), 10)).toEqual({});
    expect(validateDraft({ freePlaces: '', waitingWeeks: 'twee' }, 10)).toEqual({
      freePlaces: 'Vul het aantal vrije plekken in.',
      waitingWeeks: 'Vul een heel aantal weken in, van 0 tot 520.',
    });
    expect(validateDraft({ freePlaces: '11', waitingWeeks: '521' }, 10)).toEqual({
      freePlaces: expect.stringContaining('niet meer vrije plekken zijn dan plekken (10)'),
      waitingWeeks: 'Vul een heel aantal weken in, van 0 tot 520.',
    });
    expect(validateDraft({ freePlaces: '-1', waitingWeeks: '' }, 10)).toEqual({
      freePlaces: 'Vul een heel getal in, 0 of meer.',
      waitingWeeks: 'Vul de wachttijd in weken in.',
    });
  });

  it('turns a valid draft into figures, and server errors into field errors', () => {
    expect(figuresOf({ freePlaces: ' 4', waitingWeeks: '0' })).toEqual({
      freePlaces: 4,
      waitingWeeks: 0,
    });
    expect(() => figuresOf({ freePlaces: '', waitingWeeks: '0' })).toThrow();
    expect(draftErrorsFromServer({ freePlaces: 'Te veel.', postcode: 'x' })).toEqual({
      freePlaces: 'Te veel.',
    });
  });
});
