/** One entry of a Redis stream: its id ("ms-seq") and its field/value pairs. */
export type StreamEntry = [id: string, fields: string[]];

/** The stream reads a follower makes; the shared ioredis client has them. */
export interface StreamReader {
  xrange(key: string, start: string, end: string): Promise<StreamEntry[]>;
  xrange(
    key: string,
    start: string,
    end: string,
    countToken: 'COUNT',
    count: number,
  ): Promise<StreamEntry[]>;
  xrevrange(
    key: string,
    end: string,
    start: string,
    countToken: 'COUNT',
    count: number,
  ): Promise<StreamEntry[]>;
  /** XINFO STREAM: the stream's facts as field/value pairs (fails when there is no stream). */
  xinfo(subcommand: 'STREAM', key: string): Promise<unknown>;
}

/** An in-memory copy kept current from a change stream. */
export interface FollowedCopy {
  /** Replaces the whole copy with what the database holds now. */
  loadAll(): Promise<void>;
  /** Re-reads these ids; one that is gone (or no longer belongs) leaves the copy. */
  refresh(ids: readonly string[]): Promise<void>;
  /**
   * Fills the copy from a snapshot instead of the database, on the first sync only; returns
   * the stream position the snapshot reflects at least, or null to load everything.
   */
  restore?(): Promise<string | null>;
}

export interface ChangeStreamFollowerOptions {
  readonly redis: StreamReader;
  readonly streamKey: string;
  /** The entry field that names the changed id, e.g. `offeringId`. */
  readonly idField: string;
  readonly copy: FollowedCopy;
  readonly warn: (message: string) => void;
}

/**
 * Keeps a copy current from a Redis stream of changed ids: the first sync loads everything,
 * later syncs re-read only the ids appended since. Writers append after the database write, so
 * a sync sees every change appended before it was called.
 */
export class ChangeStreamFollower {
  private lastEntryId: string | null = null;
  private syncing: Promise<void> | null = null;
  private requestedSyncs = 0;
  private completedSyncs = 0;
  private reloadWanted = false;

  constructor(private readonly options: ChangeStreamFollowerOptions) {}

  /** Brings the copy up to date with every change appended before this call. */
  async sync(): Promise<void> {
    const requested = ++this.requestedSyncs;
    // Single flight: only a pass that started after this call covers it.
    while (this.completedSyncs < requested) {
      if (!this.syncing) {
        const covers = this.requestedSyncs;
        this.syncing = this.syncOnce()
          .then(() => {
            this.completedSyncs = Math.max(this.completedSyncs, covers);
          })
          .finally(() => {
            this.syncing = null;
          });
      }
      await this.syncing;
    }
  }

  /** The last stream entry the copy reflects at least (null before the first sync). */
  get position(): string | null {
    return this.lastEntryId;
  }

  /** The ids appended after `position`: changes a copy at that position has not seen. */
  async idsAfter(position: string): Promise<string[]> {
    const { redis, streamKey, idField } = this.options;
    const entries = await redis.xrange(streamKey, `(${position}`, '+');
    return [...new Set(entries.map(([, fields]) => fieldValue(fields, idField)).filter(isString))];
  }

  /** Reads everything again (trusting no notice), then follows the stream from there. */
  reload(): Promise<void> {
    this.reloadWanted = true;
    return this.sync();
  }

  private async syncOnce(): Promise<void> {
    if (this.lastEntryId === null && !this.reloadWanted && this.options.copy.restore) {
      // What came after the snapshot is read below like any change; a trimmed stream reloads.
      const restored = await this.options.copy.restore();
      this.lastEntryId =
        restored === EMPTY_STREAM && !(await this.neverTrimmed()) ? null : restored;
    }
    if (this.lastEntryId === null || this.reloadWanted) {
      this.reloadWanted = false;
      return this.reloadAll();
    }
    const { redis, streamKey, idField } = this.options;
    const entries = await redis.xrange(streamKey, `(${this.lastEntryId}`, '+');
    if (entries.length === 0) return;
    const oldest = await redis.xrange(streamKey, '-', '+', 'COUNT', 1);
    // From an empty stream ('0-0') every entry came after the load: nothing can be missing
    // unless more than the stream's length was appended in between.
    if (
      this.lastEntryId !== EMPTY_STREAM &&
      oldest[0] &&
      compareStreamIds(oldest[0][0], this.lastEntryId) > 0
    ) {
      // The stream was trimmed past our position: changes may be missing.
      this.options.warn(`${streamKey} trimmed past this process; reloading all`);
      return this.reloadAll();
    }
    const ids = entries.map(([, fields]) => fieldValue(fields, idField));
    await this.options.copy.refresh([...new Set(ids.filter(isString))]);
    this.lastEntryId = entries[entries.length - 1]?.[0] ?? this.lastEntryId;
  }

  /**
   * Whether no entry was ever trimmed from the stream (Redis 7's `max-deleted-entry-id`): a copy
   * taken of the empty stream has no entry to compare the oldest with, so only this tells that
   * every change since is still on it. Unknown (older Redis) counts as trimmed.
   */
  private async neverTrimmed(): Promise<boolean> {
    const { redis, streamKey } = this.options;
    let info: unknown;
    try {
      info = await redis.xinfo('STREAM', streamKey);
    } catch (error) {
      // No stream yet: nothing was appended, so nothing trimmed.
      if (/no such key/i.test(String(error))) return true;
      throw error;
    }
    if (!Array.isArray(info)) return false;
    const at = info.indexOf('max-deleted-entry-id');
    return at >= 0 && info[at + 1] === EMPTY_STREAM;
  }

  private async reloadAll(): Promise<void> {
    // Read the position first: anything appended after it is re-read on the next sync.
    const newest = await this.options.redis.xrevrange(this.options.streamKey, '+', '-', 'COUNT', 1);
    await this.options.copy.loadAll();
    this.lastEntryId = newest[0]?.[0] ?? EMPTY_STREAM;
  }
}

const EMPTY_STREAM = '0-0';

/** How many changed documents a sync re-reads at a time (one `_id` lookup each). */
export const REFRESH_CONCURRENCY = 8;

function fieldValue(fields: readonly string[], name: string): string | null {
  const index = fields.indexOf(name);
  return index >= 0 ? (fields[index + 1] ?? null) : null;
}

function isString(value: string | null): value is string {
  return value !== null;
}

/** Compares Redis stream ids ("ms-seq"). */
export function compareStreamIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}
