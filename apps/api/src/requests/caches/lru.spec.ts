import { Lru } from './lru';

describe('Lru', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => new Lru(0)).toThrow();
    expect(() => new Lru(1.5)).toThrow();
  });
});
