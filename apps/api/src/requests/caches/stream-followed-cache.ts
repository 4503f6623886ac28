import { ChangeStreamFollower, type StreamReader } from '@wmo/matching';
import { Lru } from './lru';

export interface StreamFollowedCacheOptions<T> {
  readonly redis: StreamReader;
  /** The change stream naming every changed id (written, then appended, then answered). */
  readonly streamKey: string;
  /** The entry field holding the id, e.g. `requestId`. */
  readonly idField: string;
  readonly capacity: number;
  /** A backstop: an entry older than this is read again even without a change announced. */
  readonly maxAgeMs: number;
  /** Reads these ids from the database; an id not found is left out. */
  readonly load: (ids: readonly string[]) => Promise<Map<string, T>>;
  /** Which documents are kept (default: all); the others are read every time. */
  readonly keep?: (value: T) => boolean;
  readonly warn: (message: string) => void;
}

interface Entry<T> {
  readonly value: T;
  readonly loadedAt: number;
}

/**
 * Documents kept in memory and forgotten as soon as a change to them is announced on their
 * change stream. Writers append to the stream after the database write and before they answer;
 * each read first brings the cache up to date with every entry appended before the read (one
 * Redis round trip, shared by concurrent reads), so no change answered before a read began can
 * be missing from what it returns. A database read that overlapped any eviction is not kept.
 * Redis unreadable: nothing held is trusted, the database answers.
 */
export class StreamFollowedCache<T> {
  private readonly entries: Lru<string, Entry<T>>;
  private readonly follower: ChangeStreamFollower;
  /** Bumped by every eviction: a database read that saw one happen is not stored. */
  private generation = 0;

  constructor(private readonly options: StreamFollowedCacheOptions<T>) {
    this.entries = new Lru(options.capacity);
    this.follower = new ChangeStreamFollower({
      redis: options.redis,
      streamKey: options.streamKey,
      idField: options.idField,
      copy: {
        // The first sync, or a stream trimmed past this process: trust nothing held.
        loadAll: async () => this.clear(),
        refresh: async (ids) => ids.forEach((id) => this.evict(id)),
      },
      warn: options.warn,
    });
  }

  /** The documents found, by id, each as current as the database when this call began. */
  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    try {
      await this.follower.sync();
    } catch {
      // Redis away: changes cannot be followed.
      this.clear();
      return this.options.load(ids);
    }
    const found = new Map<string, T>();
    const missing: string[] = [];
    const now = Date.now();
    for (const id of new Set(ids)) {
      const held = this.entries.get(id);
      if (held && now - held.loadedAt < this.options.maxAgeMs) found.set(id, held.value);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const loaded = await this.options.load(missing);
    // A change announced while the database answered may not be in what it answered.
    const keep = generation === this.generation;
    const kept = this.options.keep ?? (() => true);
    for (const [id, value] of loaded) {
      found.set(id, value);
      if (keep && kept(value)) this.entries.set(id, { value, loadedAt: now });
    }
    return found;
  }

  /** Forgets a document, e.g. right after this process changed it. */
  evict(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
