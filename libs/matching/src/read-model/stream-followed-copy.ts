import { ChangeStreamFollower, type StreamReader } from './change-stream-follower';
import { ReadModelSnapshot, type SnapshotRedis, type SnapshotRow } from './read-model-snapshot';

export interface StreamFollowedCopyOptions {
  readonly redis: StreamReader & SnapshotRedis;
  readonly streamKey: string;
  /** The stream entry field that names the changed id. */
  readonly idField: string;
  /** Where the copy's snapshot is kept, and its row format (see snapshot-rows.ts). */
  readonly snapshot: { readonly key: string; readonly format: string };
  readonly log: (message: string) => void;
  readonly warn: (message: string) => void;
}

/**
 * Base of the worker's in-memory copies (offerings, open requests) that a change stream keeps
 * current: a subclass says how to load everything, how to re-read a few ids, and how its items
 * travel as snapshot rows. A process starts from the snapshot in Redis when there is a usable
 * one (then re-reads what the stream names after it), otherwise from the database.
 */
export abstract class StreamFollowedCopy {
  protected readonly follower: ChangeStreamFollower;
  private readonly snapshot: ReadModelSnapshot;
  private readonly log: (message: string) => void;
  private readonly warn: (message: string) => void;
  private savedPosition: string | null = null;
  private saving: Promise<void> | null = null;

  protected constructor(options: StreamFollowedCopyOptions) {
    this.log = options.log;
    this.warn = options.warn;
    this.snapshot = new ReadModelSnapshot(
      options.redis,
      options.snapshot.key,
      options.snapshot.format,
    );
    this.follower = new ChangeStreamFollower({
      redis: options.redis,
      streamKey: options.streamKey,
      idField: options.idField,
      copy: {
        loadAll: async () => {
          await this.loadAll();
          // Read from the database: the next save must store it even at an unchanged position
          // (a reload is how lost notices are repaired, and the old snapshot may lack them).
          this.savedPosition = null;
        },
        refresh: (ids) => this.refresh(ids),
        restore: () => this.restore(),
      },
      warn: options.warn,
    });
  }

  /** Brings the copy up to date with every change appended before this call. */
  sync(): Promise<void> {
    return this.follower.sync();
  }

  /** The last stream entry the copy reflects at least (null before the first sync). */
  get position(): string | null {
    return this.follower.position;
  }

  /** Ids changed after `position` (see ChangeStreamFollower.idsAfter). */
  changedAfter(position: string): Promise<string[]> {
    return this.follower.idsAfter(position);
  }

  /** Reads everything from the database again (the sweep's check on lost notices). */
  reload(): Promise<void> {
    return this.follower.reload();
  }

  /**
   * Stores the copy in Redis, unless the stream has not moved since the last save. The
   * position is read first: the copy reflects at least that position from then on (changes
   * applied while the rows are written only put it further ahead), and it is never behind it
   * (a position moves only after its changes are in the copy).
   */
  saveSnapshot(): Promise<void> {
    this.saving ??= this.saveOnce().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async saveOnce(): Promise<void> {
    const position = this.follower.position;
    if (position === null || position === this.savedPosition) return;
    const started = Date.now();
    let items = 0;
    const counted = function* (rows: Iterable<SnapshotRow>) {
      for (const row of rows) {
        items++;
        yield row;
      }
    };
    const bytes = await this.snapshot.save(position, counted(this.rows()));
    this.savedPosition = position;
    this.log(
      `snapshot saved: ${items} items at ${position}, ${Math.round(bytes / 1024)} kB, ` +
        `${Date.now() - started} ms`,
    );
  }

  private async restore(): Promise<string | null> {
    const started = Date.now();
    try {
      const loaded = await this.snapshot.load();
      if (!loaded) return null;
      this.replaceWithRows(loaded.rows);
      this.savedPosition = loaded.position;
      this.log(
        `restored ${loaded.rows.length} items from the snapshot at ${loaded.position} ` +
          `in ${Date.now() - started} ms`,
      );
      return loaded.position;
    } catch (error) {
      this.warn(`snapshot ${this.snapshot.key} not usable (${String(error)}); loading all`);
      return null;
    }
  }

  /** Replaces the whole copy with what the database holds now. */
  protected abstract loadAll(): Promise<void>;

  /** Re-reads these ids; one that is gone (or no longer belongs) leaves the copy. */
  protected abstract refresh(ids: readonly string[]): Promise<void>;

  /** Every item of the copy as a snapshot row. */
  protected abstract rows(): Iterable<SnapshotRow>;

  /** Replaces the whole copy with these snapshot rows (throws on one it cannot read). */
  protected abstract replaceWithRows(rows: readonly SnapshotRow[]): void;
}
