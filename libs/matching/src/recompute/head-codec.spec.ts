import type { ShownSummary } from '@wmo/domain';
import { fromStored, headNote, parseHead, reflectsChange } from './head-codec';

const shown: ShownSummary = {
  offeringIds: ['65a0000000000000000000b1', '65a0000000000000000000b2'],
  full: false,
  worst: { score: 61.5, waitingList: false },
};

describe('head codec', () => {
  it('round-trips a head with position and shown, as the Redis value holds it', () => {
    const value = `7:digestABC:${headNote({ position: '1764000000000-3', shown })}`;
    expect(parseHead(value)).toEqual({
      revision: 7,
      digest: 'digestABC',
      position: '1764000000000-3',
      shown,
    });
  });

  it('reads heads without position or shown, and refuses what is not a head', () => {
    expect(parseHead('3:d')).toEqual({ revision: 3, digest: 'd' });
    expect(parseHead(`3:d:${headNote({ shown })}`)).toEqual({ revision: 3, digest: 'd', shown });
    expect(parseHead('3:d:1764000000000-0')).toEqual({
      revision: 3,
      digest: 'd',
      position: '1764000000000-0',
    });
    expect(parseHead('3:d::{not json')).toEqual({ revision: 3, digest: 'd' });
    for (const bad of [null, '', 'x:d', '0:d', '3:', '-1:d']) expect(parseHead(bad)).toBeNull();
  });

  it("turns a stored head and its writer's note into the cached form", () => {
    const note = headNote({ position: '1764000000000-9', shown });
    expect(fromStored({ revision: 2, digest: 'd', note })).toEqual({
      revision: 2,
      digest: 'd',
      position: '1764000000000-9',
      shown,
    });
    expect(fromStored({ revision: 2, digest: 'd' })).toEqual({ revision: 2, digest: 'd' });
  });

  it('says a head reflects a change only when ranked from inputs at or after its entry', () => {
    const head = { revision: 3, digest: 'd', position: '1764000000000-5' };
    expect(reflectsChange(head, '1764000000000-5')).toBe(true);
    expect(reflectsChange(head, '1763999999999-9')).toBe(true);
    expect(reflectsChange(head, '1764000000000-6')).toBe(false);
    expect(reflectsChange(head, undefined)).toBe(false);
    expect(reflectsChange({ revision: 3, digest: 'd' }, '1764000000000-5')).toBe(false);
    expect(reflectsChange(undefined, '1764000000000-5')).toBe(false);
  });
});
