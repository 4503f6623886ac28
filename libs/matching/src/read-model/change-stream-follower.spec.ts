import {
  ChangeStreamFollower,
  type FollowedCopy,
  type StreamEntry,
  type StreamReader,
} from './change-stream-follower';

/** A Redis stream in memory: ids "n-0", appended in order, trimmed from the front. */
class FakeStream implements StreamReader {
  private entries: StreamEntry[] = [];
  private next = 1;
  private maxDeleted = '0-0';

  append(id: string): void {
    this.entries.push([`${this.next++}-0`, ['thingId', id]]);
  }

  trimTo(length: number): void {
    const trimmed = this.entries.slice(0, -length);
    this.maxDeleted = trimmed[trimmed.length - 1]?.[0] ?? this.maxDeleted;
    this.entries = this.entries.slice(-length);
  }

  async xinfo(): Promise<unknown> {
    return ['length', this.entries.length, 'max-deleted-entry-id', this.maxDeleted];
  }

  async xrange(
    _key: string,
    start: string,
    _end: string,
    _countToken?: 'COUNT',
    count = Infinity,
  ): Promise<StreamEntry[]> {
    const after = start.startsWith('(') ? sequence(start.slice(1)) : 0;
    return this.entries.filter(([id]) => sequence(id) > after).slice(0, count);
  }

  async xrevrange(): Promise<StreamEntry[]> {
    return this.entries.slice(-1);
  }
}

function sequence(id: string): number {
  return Number(id.split('-')[0]);
}

/** Records what the follower asked of the copy; each call can be held back. */
function aCopy() {
  const calls: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const copy: FollowedCopy = {
    loadAll: async () => {
      calls.push('loadAll');
      await gate;
    },
    refresh: async (ids) => {
      calls.push(`refresh ${ids.join(',')}`);
      await gate;
    },
  };
  const holdBack = () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return () => {
      gate = Promise.resolve();
      release();
    };
  };
  return { copy, calls, holdBack };
}

function aFollower() {
  const stream = new FakeStream();
  const { copy, calls, holdBack } = aCopy();
  const warnings: string[] = [];
  const follower = new ChangeStreamFollower({
    redis: stream,
    streamKey: 'test:thing-changes',
    idField: 'thingId',
    copy,
    warn: (message) => warnings.push(message),
  });
  return { follower, stream, calls, holdBack, warnings };
}

describe('ChangeStreamFollower', () => {
  it('loads everything on the first sync and nothing more while the stream is quiet', async () => {
    const { follower, stream, calls } = aFollower();
    stream.append('a');
    await follower.sync();
    await follower.sync();
    expect(calls).toEqual(['loadAll']);
  });

  it('re-reads each id changed since the last sync once', async () => {
    const { follower, stream, calls } = aFollower();
    stream.append('a');
    await follower.sync();
    stream.append('b');
    stream.append('c');
    stream.append('b');
    await follower.sync();
    stream.append('a');
    await follower.sync();
    expect(calls).toEqual(['loadAll', 'refresh b,c', 'refresh a']);
  });

  it('reloads everything when the stream was trimmed past its position', async () => {
    const { follower, stream, calls, warnings } = aFollower();
    stream.append('a');
    await follower.sync();
    stream.append('b');
    stream.append('c');
    stream.append('d');
    stream.trimTo(2);
    await follower.sync();
    expect(calls).toEqual(['loadAll', 'loadAll']);
    expect(warnings).toEqual(['test:thing-changes trimmed past this process; reloading all']);
  });

  it('follows on from an empty stream without loading everything again', async () => {
    const { follower, stream, calls, warnings } = aFollower();
    await follower.sync();
    stream.append('a');
    await follower.sync();
    stream.append('b');
    await follower.sync();
    expect(calls).toEqual(['loadAll', 'refresh a', 'refresh b']);
    expect(warnings).toEqual([]);
  });

  it('reloads everything when asked, then follows on', async () => {
    const { follower, stream, calls } = aFollower();
    stream.append('a');
    await follower.sync();
    await follower.reload();
    stream.append('b');
    await follower.sync();
    expect(calls).toEqual(['loadAll', 'loadAll', 'refresh b']);
  });

  it('re-reads what was appended while it loaded everything', async () => {
    const { follower, stream, calls, holdBack } = aFollower();
    stream.append('a');
    const release = holdBack();
    const loading = follower.sync();
    await flush();
    stream.append('b');
    release();
    await loading;
    await follower.sync();
    expect(calls).toEqual(['loadAll', 'refresh b']);
  });

  it('runs one pass at a time, and a sync called during a pass waits for a later one', async () => {
    const { follower, stream, calls, holdBack } = aFollower();
    stream.append('z');
    await follower.sync();
    stream.append('a');
    const release = holdBack();
    const first = follower.sync();
    await flush();
    stream.append('b');
    const second = follower.sync();
    const third = follower.sync();
    expect(calls).toEqual(['loadAll', 'refresh a']);
    release();
    await Promise.all([first, second, third]);
    // The two syncs that arrived during the first pass share one later pass.
    expect(calls).toEqual(['loadAll', 'refresh a', 'refresh b']);
  });

  it('stays at its position when a refresh fails, so the next sync tries again', async () => {
    const stream = new FakeStream();
    const refreshed: string[] = [];
    let failures = 1;
    const follower = new ChangeStreamFollower({
      redis: stream,
      streamKey: 'test:thing-changes',
      idField: 'thingId',
      copy: {
        loadAll: async () => {},
        refresh: async (ids) => {
          if (failures-- > 0) throw new Error('database away');
          refreshed.push(...ids);
        },
      },
      warn: () => {},
    });
    stream.append('z');
    await follower.sync();
    stream.append('a');
    await expect(follower.sync()).rejects.toThrow('database away');
    stream.append('b');
    await follower.sync();
    expect(refreshed).toEqual(['a', 'b']);
  });
});

describe('ChangeStreamFollower with a snapshot', () => {
  function restoring(position: string | null) {
    const stream = new FakeStream();
    const calls: string[] = [];
    const follower = new ChangeStreamFollower({
      redis: stream,
      streamKey: 'test:thing-changes',
      idField: 'thingId',
      copy: {
        loadAll: async () => void calls.push('loadAll'),
        refresh: async (ids) => void calls.push(`refresh ${ids.join(',')}`),
        restore: async () => {
          calls.push('restore');
          return position;
        },
      },
      warn: (message) => calls.push(`warn ${message}`),
    });
    return { follower, stream, calls };
  }

  it('starts from the snapshot and re-reads only what the stream names after it', async () => {
    const { follower, stream, calls } = restoring('2-0');
    stream.append('a');
    stream.append('b');
    stream.append('c');
    stream.append('a');
    await follower.sync();
    stream.append('d');
    await follower.sync();
    expect(calls).toEqual(['restore', 'refresh c,a', 'refresh d']);
    expect(follower.position).toBe('5-0');
  });

  it('loads everything when there is no usable snapshot', async () => {
    const { follower, stream, calls } = restoring(null);
    stream.append('a');
    await follower.sync();
    expect(calls).toEqual(['restore', 'loadAll']);
  });

  it('loads everything when the stream was trimmed past the snapshot', async () => {
    const { follower, stream, calls } = restoring('1-0');
    stream.append('a');
    stream.append('b');
    stream.append('c');
    stream.trimTo(1);
    await follower.sync();
    expect(calls).toEqual([
      'restore',
      'warn test:thing-changes trimmed past this process; reloading all',
      'loadAll',
    ]);
  });

  it('follows on from a snapshot of the empty stream while nothing was ever trimmed', async () => {
    const { follower, stream, calls } = restoring('0-0');
    stream.append('a');
    stream.append('b');
    await follower.sync();
    expect(calls).toEqual(['restore', 'refresh a,b']);
  });

  it('loads everything from a snapshot of the empty stream once anything was trimmed', async () => {
    const { follower, stream, calls } = restoring('0-0');
    stream.append('a');
    stream.append('b');
    stream.trimTo(1);
    await follower.sync();
    expect(calls).toEqual(['restore', 'loadAll']);
  });

  it('asks for the snapshot on the first sync only, never on a reload', async () => {
    const { follower, stream, calls } = restoring('1-0');
    stream.append('a');
    await follower.sync();
    await follower.reload();
    expect(calls).toEqual(['restore', 'loadAll']);
  });
});

/** Lets every pending promise callback run. */
function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
