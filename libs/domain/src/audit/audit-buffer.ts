/**
 * A bounded buffer in front of a slow writer: the audit log must never make a read wait, nor
 * grow without limit while the database is away. When full, the oldest entries are dropped and
 * counted (a metric reports them), so the newest activity is what is kept.
 */
export class AuditBuffer<T> {
  private entries: T[] = [];
  private droppedCount = 0;

  constructor(
    readonly capacity: number,
    readonly batchSize: number,
  ) {
    if (capacity < batchSize) throw new Error('the buffer must hold at least one batch');
  }

  /** Adds an entry; answers true when a full batch is waiting (time to write now). */
  add(entry: T): boolean {
    this.entries.push(entry);
    const over = this.entries.length - this.capacity;
    if (over > 0) {
      this.entries.splice(0, over);
      this.droppedCount += over;
    }
    return this.entries.length >= this.batchSize;
  }

  /** Takes the oldest batch out, to be written. */
  take(): T[] {
    return this.entries.splice(0, this.batchSize);
  }

  /** Puts a batch that could not be written back in front, within the capacity. */
  giveBack(batch: readonly T[]): void {
    const room = this.capacity - this.entries.length;
    const kept = room >= batch.length ? batch : batch.slice(batch.length - Math.max(room, 0));
    this.droppedCount += batch.length - kept.length;
    this.entries = [...kept, ...this.entries];
  }

  get size(): number {
    return this.entries.length;
  }

  /** Entries lost since the start because the buffer was full. */
  get dropped(): number {
    return this.droppedCount;
  }
}
