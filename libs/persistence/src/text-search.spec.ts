import { containsPattern } from './text-search';

describe('containsPattern', () => {
  it('finds the text anywhere, in any case', () => {
    expect(containsPattern('zorg').test('Buurtzorg Hilversum')).toBe(true);
    expect(containsPattern('HILVERSUM').test('Buurtzorg Hilversum')).toBe(true);
    expect(containsPattern('huizen').test('Buurtzorg Hilversum')).toBe(false);
  });

  it('reads every special character as itself', () => {
    expect(containsPattern('.*').test('Buurtzorg')).toBe(false);
    expect(containsPattern('a.b').test('axb')).toBe(false);
    expect(containsPattern('a.b').test('a.b')).toBe(true);
    expect(containsPattern('(zorg').test('Thuis (zorg)')).toBe(true);
    expect(() => containsPattern('[')).not.toThrow();
    expect(containsPattern('$^\\|?+{}').test('x$^\\|?+{}y')).toBe(true);
  });
});
