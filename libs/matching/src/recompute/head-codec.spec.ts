import type { ShownSummary } from '@wmo/domain';
import { fromStored, headNote, parseHead } from './head-codec';

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
});
