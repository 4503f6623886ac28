import { once } from 'node:events';
import { promisify } from 'node:util';
import { createDeflate, inflate } from 'node:zlib';

const inflateAsync = promisify(inflate);

/** One item of a copy, as a positional row (see snapshot-rows.ts). */
export type SnapshotRow = readonly unknown[];

/** The Redis commands a snapshot needs; the shared ioredis client has them. */
export interface SnapshotRedis {
  getBuffer(key: string): Promise<Buffer | null>;
  set(key: string, value: Buffer): Promise<unknown>;
}

export interface LoadedSnapshot {
  /** The change stream entry the rows reflect at least. */
  readonly position: string;
  readonly rows: SnapshotRow[];
}

interface Header {
  readonly format: string;
  readonly position: string;
  readonly savedAt: string;
}

/** Rows per piece of text handed to the compressor (keeps the text in memory small). */
const CHUNK_ROWS = 2_000;
const STREAM_POSITION = /^\d+-\d+$/;

/**
 * A copy of an in-memory read model kept in Redis, with the change stream position it
 * reflects, so a starting process loads it in a second instead of reading every document
 * (a full read of 100,000 requests takes FerretDB ~30 s). What follows it on the stream is
 * re-read from the database as usual, so a snapshot is as good as the copy it was taken from.
 *
 * Stored as one key (written at once, so a reader sees a whole snapshot or the previous one):
 * a deflated text (zlib, whose checksum refuses a damaged one) of a JSON header line and one
 * JSON row per line. A snapshot of another `format` (the row fields changed in a new release)
 * is ignored.
 */
export class ReadModelSnapshot {
  constructor(
    private readonly redis: SnapshotRedis,
    readonly key: string,
    private readonly format: string,
  ) {}

  /**
   * Stores the rows as reflecting at least `position`; returns the stored size in bytes. The
   * rows are read while the text is compressed, so they may be taken from a copy that moves on
   * meanwhile: that only puts the snapshot further ahead of `position`.
   */
  async save(position: string, rows: Iterable<SnapshotRow>): Promise<number> {
    const header: Header = { format: this.format, position, savedAt: new Date().toISOString() };
    const deflate = createDeflate();
    const parts: Buffer[] = [];
    deflate.on('data', (part: Buffer) => parts.push(part));
    const finished = once(deflate, 'end');
    let text = JSON.stringify(header);
    let inText = 0;
    for (const row of rows) {
      text += `\n${JSON.stringify(row)}`;
      if (++inText < CHUNK_ROWS) continue;
      if (!deflate.write(text)) await once(deflate, 'drain');
      text = '';
      inText = 0;
    }
    deflate.end(text);
    await finished;
    const value = Buffer.concat(parts);
    await this.redis.set(this.key, value);
    return value.length;
  }

  /** The stored snapshot, or null when there is none or it is of another format. */
  async load(): Promise<LoadedSnapshot | null> {
    const stored = await this.redis.getBuffer(this.key);
    if (!stored) return null;
    const text = await inflateAsync(stored);
    const lines = lineRanges(text);
    const first = lines.next();
    if (first.done) return null;
    const header = JSON.parse(text.toString('utf8', ...first.value)) as Partial<Header>;
    if (header.format !== this.format) return null;
    const position = header.position;
    if (typeof position !== 'string' || !STREAM_POSITION.test(position)) return null;
    const rows: SnapshotRow[] = [];
    for (const [start, end] of lines) {
      const row: unknown = JSON.parse(text.toString('utf8', start, end));
      if (!Array.isArray(row)) return null;
      rows.push(row);
    }
    return { position, rows };
  }
}

/** [start, end) of each line of the text, without decoding all of it at once. */
function* lineRanges(text: Buffer): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf(10, start);
    const end = newline === -1 ? text.length : newline;
    yield [start, end];
    start = end + 1;
  }
}
