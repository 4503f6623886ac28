import { parsePostcode } from './postcode';

describe('parsePostcode', () => {
  it.each([
    ['1211', '1211'],
    ['1211AB', '1211'],
    ['1211 AB', '1211'],
    ['1211 ab', '1211'],
    ['1211aB', '1211'],
    ['  1211 AB  ', '1211'],
    ['\t3755\n', '3755'],
    ['9999 ZZ', '9999'],
  ])('keeps only the PC4 of %j', (input, expected) => {
    expect(parsePostcode(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['0211'],
    ['0211 AB'],
    ['121'],
    ['12111'],
    ['1211 A'],
    ['1211 ABC'],
    ['1211  AB'],
    ['1211-AB'],
    ['AB 1211'],
    ['1211 SA'],
    ['1211 sd'],
    ['1211SS'],
    ['1211 1A'],
    ['１２１１'],
    ['1211 ÀB'],
    ['{"$gt": ""}'],
    ['1211"; DROP TABLE requests; --'],
    ['1211\nAB'],
    ['1'.repeat(10_000)],
  ])('rejects %j', (input) => {
    expect(parsePostcode(input)).toBeNull();
  });

  it('rejects values that are not strings at all', () => {
    const injection = { $gt: '' } as unknown as string;
    expect(parsePostcode(injection)).toBeNull();
    expect(parsePostcode(1211 as unknown as string)).toBeNull();
    expect(parsePostcode(null as unknown as string)).toBeNull();
  });
});
