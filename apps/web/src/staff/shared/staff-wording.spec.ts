import { exclusionSentence, exclusionSentences, misfitSentence, namesOf } from './staff-wording';

describe('why offerings are not options, in words for consultants', () => {
  it('counts offerings in a sentence, singular and plural', () => {
    expect(exclusionSentence({ code: 'NO_FREE_PLACE', label: 'x', count: 14 })).toBe(
      '14 aanbieders vallen af: geen vrije plek',
    );
    expect(exclusionSentence({ code: 'MUNICIPALITY', label: 'x', count: 1 })).toBe(
      '1 aanbieder valt af: werkt niet in deze gemeente',
    );
    expect(exclusionSentence({ code: 'LANGUAGE', label: 'x', count: 2 })).toBe(
      '2 aanbieders vallen af: spreken de vereiste taal niet',
    );
  });

  it('says that offerings beyond the top fit, but others fit better', () => {
    expect(exclusionSentence({ code: 'NOT_IN_TOP', label: 'x', count: 3 })).toBe(
      '3 aanbieders passen wel, maar andere passen beter',
    );
  });

  it('uses the server label for a code it does not know, never the code', () => {
    const sentence = exclusionSentence({ code: 'NEW_RULE', label: 'Nieuwe regel', count: 2 });
    expect(sentence).toBe('2 aanbieders vallen af: nieuwe regel');
    expect(sentence).not.toContain('NEW_RULE');
  });

  it('lists the largest group first and leaves out empty groups', () => {
    expect(
      exclusionSentences([
        { code: 'DISTANCE', label: '', count: 2 },
        { code: 'PRODUCT', label: '', count: 0 },
        { code: 'NO_FREE_PLACE', label: '', count: 5 },
        { code: 'LANGUAGE', label: '', count: 2 },
      ]),
    ).toEqual([
      '5 aanbieders vallen af: geen vrije plek',
      '2 aanbieders vallen af: te ver weg',
      '2 aanbieders vallen af: spreken de vereiste taal niet',
    ]);
  });

  it('says why one offering does not fit a request', () => {
    expect(misfitSentence('DISTANCE', 'Te ver weg')).toBe('Past niet: te ver weg');
    expect(misfitSentence(null, 'Iets anders')).toBe('Past niet: iets anders');
    expect(misfitSentence(null, null)).toBe('Past niet: past niet bij deze aanvraag');
  });

  it('names codes as a Dutch list', () => {
    const name = (code: string) => ({ GGZ: 'GGZ', DEMENTIE: 'Dementie' })[code] ?? code;
    expect(namesOf(['GGZ', 'DEMENTIE'], name)).toBe('GGZ en Dementie');
    expect(namesOf([], name)).toBe('geen');
  });
});
