import type { ShortlistRevision } from '@wmo/domain';
import { RevisionStream } from './revision-stream';

const revision = (n: number): ShortlistRevision => ({
  requestId: 'r1',
  revision: n,
  computedAt: new Date(0),
  cause: { kind: 'SWEEP' },
  options: [],
});

function aStream() {
  const closed = jest.fn();
  const stream = new RevisionStream(async (r) => r.revision, closed);
  return { stream, closed };
}

describe('RevisionStream', () => {
  it('delivers a revision pushed while the subscriber waits', async () => {
    const { stream } = aStream();
    const next = stream.next();
    stream.push(revision(1));
    await expect(next).resolves.toEqual({ done: false, value: 1 });
  });

  it('keeps only the newest pending revision and drops older or repeated ones', async () => {
    const { stream } = aStream();
    stream.push(revision(2));
    stream.push(revision(4));
    stream.push(revision(3));
    await expect(stream.next()).resolves.toEqual({ done: false, value: 4 });
    stream.push(revision(4));
    stream.push(revision(1));
    const next = stream.next();
    stream.push(revision(5));
    await expect(next).resolves.toEqual({ done: false, value: 5 });
  });

  it('ends a waiting subscriber and unregisters once, when returned', async () => {
    const { stream, closed } = aStream();
    const next = stream.next();
    await stream.return();
    await stream.return();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
    stream.push(revision(9));
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('closes when presenting a revision fails (e.g. a revoked resident link)', async () => {
    const closed = jest.fn();
    const stream = new RevisionStream(async () => {
      throw new Error('revoked');
    }, closed);
    stream.push(revision(1));
    await expect(stream.next()).rejects.toThrow('revoked');
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
