import { ConflictError } from '@wmo/domain';

// Nest (and so the libraries' modules) ships as ES modules, which this jest project does not
// load: the decorators do nothing here, and of the libraries only what is tested is loaded.
jest.mock('@nestjs/common', () => {
  const decorator = () => () => undefined;
  return {
    Global: decorator,
    Module: decorator,
    Injectable: decorator,
    Inject: decorator,
    Logger: class {
      log(): void {}
      warn(): void {}
    },
  };
});
jest.mock('@wmo/persistence', () => ({}));
jest.mock('@wmo/queue', () => jest.requireActual('../../../queue/src/announcements'));
import type { AnnouncementOutboxRepository, OutboxEntry } from '@wmo/persistence';
import { decodeAnnouncements, type Announcement, type MatchingQueue } from '@wmo/queue';
import { AnnouncementDrain } from './announcement-drain';
import { MatchingAnnouncer } from './matching-announcer';
import type { PolicyBook } from '../read-model/policy-book';

/** An outbox in memory, with the repository's contract (due entries, leases, upserting reopen). */
class MemoryOutbox {
  readonly entries = new Map<string, { body: string; dueAt: number }>();
  private next = 0;
  failWrites = false;

  async record(body: string, graceMs: number): Promise<string> {
    if (this.failWrites) throw new Error('database away');
    const id = String(++this.next);
    this.entries.set(id, { body, dueAt: Date.now() + graceMs });
    return id;
  }
  async reopen(id: string, body: string): Promise<void> {
    this.entries.set(id, { body, dueAt: Date.now() });
  }
  async remove(id: string): Promise<void> {
    this.entries.delete(id);
  }
  async takeDue(limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const now = Date.now();
    const due = [...this.entries].filter(([, e]) => e.dueAt <= now).slice(0, limit);
    for (const [, entry] of due) entry.dueAt = now + leaseMs;
    return due.map(([id, e]) => ({ id, body: e.body, takes: 1 }));
  }
}

/** A queue that records what it was told, and fails while Redis is "away". */
class FakeQueue {
  readonly delivered: string[] = [];
  redisAway = false;
  async offeringChanged(job: { offeringId: string }): Promise<void> {
    this.deliver(`offering:${job.offeringId}`);
  }
  async requestChanged(job: { requestId: string }): Promise<void> {
    this.deliver(`request:${job.requestId}`);
  }
  async policyChanged(job: { municipalityCode: string }): Promise<void> {
    this.deliver(`policy:${job.municipalityCode}`);
  }
  private deliver(what: string): void {
    if (this.redisAway) throw new Error("Stream isn't writeable");
    this.delivered.push(what);
  }
}

const request = (requestId: string): Announcement => ({
  kind: 'request-changed',
  job: { requestId, cause: { kind: 'REQUEST_CHANGED' } },
});

function setUp() {
  const outbox = new MemoryOutbox();
  const queue = new FakeQueue();
  const policies = { bumpVersion: async () => undefined } as unknown as PolicyBook;
  const announcer = new MatchingAnnouncer(
    outbox as unknown as AnnouncementOutboxRepository,
    queue as unknown as MatchingQueue,
    policies,
  );
  const drain = new AnnouncementDrain(outbox as unknown as AnnouncementOutboxRepository, announcer);
  return { outbox, queue, announcer, drain };
}

describe('MatchingAnnouncer and AnnouncementDrain', () => {
  it('deliver a change at once and leave nothing in the outbox', async () => {
    const { outbox, queue, announcer } = setUp();
    await expect(announcer.announced([request('r1')], async () => 'stored')).resolves.toBe(
      'stored',
    );
    expect(queue.delivered).toEqual(['request:r1']);
    expect(outbox.entries.size).toBe(0);
  });

  it('answer success while Redis is away, and deliver the final announcements when it is back', async () => {
    const { outbox, queue, announcer, drain } = setUp();
    queue.redisAway = true;
    await announcer.announced(
      [request('planned')],
      async () => 'stored',
      () => [request('final')],
    );
    expect([...outbox.entries.values()].map((e) => decodeAnnouncements(e.body))).toEqual([
      [request('final')],
    ]);
    expect(await drain.drain()).toEqual({ delivered: 0, left: 1 });
    queue.redisAway = false;
    expect(await drain.drain()).toEqual({ delivered: 1, left: 0 });
    expect(queue.delivered).toEqual(['request:final']);
    expect(outbox.entries.size).toBe(0);
  });

  it('store nothing and announce nothing when the database is away', async () => {
    const { outbox, queue, announcer } = setUp();
    outbox.failWrites = true;
    let written = false;
    await expect(
      announcer.announced([request('r1')], async () => {
        written = true;
      }),
    ).rejects.toThrow('database away');
    expect(written).toBe(false);
    expect(queue.delivered).toEqual([]);
  });

  it('forget the entry when the write is refused (nothing changed)', async () => {
    const { outbox, announcer } = setUp();
    await expect(
      announcer.announced([request('r1')], async () => {
        throw new ConflictError('al gewijzigd');
      }),
    ).rejects.toThrow(ConflictError);
    expect(outbox.entries.size).toBe(0);
  });

  it('keep the entry, for a drainer after the grace, when the writer fails unexpectedly', async () => {
    const { outbox, announcer } = setUp();
    await expect(
      announcer.announced([request('r1')], async () => {
        throw new Error('connection reset');
      }),
    ).rejects.toThrow('connection reset');
    expect(outbox.entries.size).toBe(1);
  });
});
