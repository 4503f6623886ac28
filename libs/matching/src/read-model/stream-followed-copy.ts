import { ChangeStreamFollower, type StreamReader } from './change-stream-follower';

/**
 * Base of the worker's in-memory copies (offerings, open requests) that a change stream keeps
 * current: a subclass says how to load everything and how to re-read a few ids.
 */
export abstract class StreamFollowedCopy {
  protected readonly follower: ChangeStreamFollower;

  protected constructor(
    redis: StreamReader,
    streamKey: string,
    idField: string,
    warn: (message: string) => void,
  ) {
    this.follower = new ChangeStreamFollower({
      redis,
      streamKey,
      idField,
      copy: { loadAll: () => this.loadAll(), refresh: (ids) => this.refresh(ids) },
      warn,
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

  /** Replaces the whole copy with what the database holds now. */
  protected abstract loadAll(): Promise<void>;

  /** Re-reads these ids; one that is gone (or no longer belongs) leaves the copy. */
  protected abstract refresh(ids: readonly string[]): Promise<void>;
}
