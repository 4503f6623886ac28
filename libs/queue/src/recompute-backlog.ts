import type { Redis } from 'ioredis';
import type { ShortlistCause } from '@wmo/domain';

/** A request whose shortlist must be recomputed, and the latest reason why. */
export interface BacklogItem {
  readonly requestId: string;
  readonly cause: ShortlistCause;
  /**
   * The offering change stream entry of the change that asks, when that change is all it waits
   * for: a head ranked from inputs at or after it already shows what a recompute would. Absent
   * (a request or policy change, a sweep, a re-check): recompute whatever the head says.
   * An entry marked several times keeps the latest of them, or none once any mark had none.
   */
  readonly streamId?: string;
}

/** An item as taken by the worker: `seq` identifies this version of it. */
export interface BacklogEntry extends BacklogItem {
  readonly seq: number;
  /** True when an earlier take of this same version did not finish (crash or failure). */
  readonly retaken: boolean;
}

// Redis's clock, so that api and worker hosts agree on when an entry is due.
const REDIS_NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// Marks each request once (HSET overwrites: the latest cause wins). An entry is due once no
// change has reached it for `settle` ms, but never later than `maxWait` ms after its first mark:
// a burst of changes to one request makes one recompute after the burst, not one per change.
// Entry: seq|earlier takes|first mark (ms)|cause, the cause's JSON ending in
// `"@streamId":"<id>"}` while only marks with an offering change stream entry reached it: the
// latest of their entries. Inside the JSON, so a reader that does not know it still parses it.
const ADD = `
${REDIS_NOW}
local settle = tonumber(ARGV[1])
local maxWait = tonumber(ARGV[2])
local function later(a, b)
  if a == '' or b == '' then return '' end
  local am, as = string.match(a, '^(%d+)-(%d+)$')
  local bm, bs = string.match(b, '^(%d+)-(%d+)$')
  if not am or not bm then return '' end
  am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
  if am > bm or (am == bm and as >= bs) then return a end
  return b
end
for i = 3, #ARGV, 3 do
  local first = now
  local since = ARGV[i + 1]
  local raw = redis.call('HGET', KEYS[2], ARGV[i])
  if raw then
    first = tonumber(string.match(raw, '^%d+|%d+|(%d+)|')) or now
    since = later(since, string.match(raw, ',"@streamId":"([%d%-]+)"}$') or '')
  end
  local cause = ARGV[i + 2]
  if since ~= '' then cause = string.sub(cause, 1, -2) .. ',"@streamId":"' .. since .. '"}' end
  local seq = redis.call('INCR', KEYS[3])
  redis.call('HSET', KEYS[2], ARGV[i], seq .. '|0|' .. first .. '|' .. cause)
  redis.call('ZADD', KEYS[1], math.min(now + settle, first + maxWait), ARGV[i])
end
return (#ARGV - 2) / 3`;

// Returns the due entries, soonest due first, and counts the take; they stay until done.
const TAKE = `
${REDIS_NOW}
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
local out = {}
for _, id in ipairs(ids) do
  local raw = redis.call('HGET', KEYS[2], id)
  if raw then
    local seq, taken, rest = string.match(raw, '^(%d+)|(%d+)|(.*)$')
    redis.call('HSET', KEYS[2], id, seq .. '|' .. (tonumber(taken) + 1) .. '|' .. rest)
    table.insert(out, id)
    table.insert(out, raw)
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return out`;

// Milliseconds until the soonest entry is due (negative when overdue), or nothing when empty.
const UNTIL_DUE = `
${REDIS_NOW}
local soonest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #soonest == 0 then return false end
return tonumber(soonest[2]) - now`;

// Removes only the versions that were taken: an item marked again meanwhile stays.
const DONE = `
local removed = 0
for i = 1, #ARGV, 2 do
  local raw = redis.call('HGET', KEYS[2], ARGV[i])
  if raw and string.match(raw, '^(%d+)|') == ARGV[i + 1] then
    redis.call('HDEL', KEYS[2], ARGV[i])
    redis.call('ZREM', KEYS[1], ARGV[i])
    removed = removed + 1
  end
end
return removed`;

// Age in ms (since its first mark) of the oldest among the soonest-due entries, or nothing when
// empty. The line is ordered by due time, which is at most maxWait after the first mark, so this
// is the oldest entry's age to within maxWait, read without scanning the whole backlog.
const OLDEST_AGE = `
${REDIS_NOW}
local ids = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
if #ids == 0 then return false end
local oldest = now
for _, id in ipairs(ids) do
  local raw = redis.call('HGET', KEYS[2], id)
  local first = raw and tonumber(string.match(raw, '^%d+|%d+|(%d+)|'))
  if first and first < oldest then oldest = first end
end
return now - oldest`;

/** How long a request must go without new changes before it is recomputed. */
export const RECOMPUTE_SETTLE_MS = 250;
/** The longest a request waits for quiet after its first change. */
export const RECOMPUTE_MAX_WAIT_MS = 5000;

export interface BacklogTiming {
  readonly settleMs: number;
  readonly maxWaitMs: number;
}

const CHUNK = 1000;

/**
 * The backlog is split by request into this many partitions, each worked through by its own
 * job: two batches can then be in flight at once (one ranking in the worker while the other is
 * written by the database), and a request is still never recomputed by two jobs at once.
 */
export const RECOMPUTE_PARTITIONS = 2;

/** The partition of a request: stable, spread by the id's last hex digits. */
export function partitionOf(requestId: string, partitions = RECOMPUTE_PARTITIONS): number {
  const tail = Number.parseInt(requestId.slice(-4), 16);
  return Number.isNaN(tail) ? 0 : tail % partitions;
}

/**
 * The requests waiting for a shortlist recompute, in Redis: one entry per request however many
 * changes reach it (coalescing), due once its changes have settled, taken by the worker in
 * batches. At-least-once: an entry leaves
 * only when the worker says the version it took is done, so a worker that dies mid-batch loses
 * nothing; the next take reports such entries as `retaken`.
 */
export class RecomputeBacklog {
  private readonly lineKey: string;
  private readonly entriesKey: string;
  private readonly seqKey: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    readonly partition = 0,
    private readonly timing: BacklogTiming = {
      settleMs: RECOMPUTE_SETTLE_MS,
      maxWaitMs: RECOMPUTE_MAX_WAIT_MS,
    },
  ) {
    const base = `${prefix}:recompute:${partition}`;
    this.lineKey = `${base}:line`;
    this.entriesKey = `${base}:entries`;
    this.seqKey = `${base}:seq`;
  }

  async add(items: readonly BacklogItem[]): Promise<void> {
    for (let start = 0; start < items.length; start += CHUNK) {
      const chunk = items.slice(start, start + CHUNK);
      const args = chunk.flatMap((item) => [
        item.requestId,
        item.streamId ?? '',
        JSON.stringify(item.cause),
      ]);
      await this.redis.eval(
        ADD,
        3,
        this.lineKey,
        this.entriesKey,
        this.seqKey,
        this.timing.settleMs,
        this.timing.maxWaitMs,
        ...args,
      );
    }
  }

  async take(limit: number): Promise<BacklogEntry[]> {
    const flat = (await this.redis.eval(TAKE, 2, this.lineKey, this.entriesKey, limit)) as string[];
    const entries: BacklogEntry[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const entry = parseEntry(flat[i] as string, flat[i + 1] as string);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  async done(entries: readonly Pick<BacklogEntry, 'requestId' | 'seq'>[]): Promise<void> {
    for (let start = 0; start < entries.length; start += CHUNK) {
      const args = entries
        .slice(start, start + CHUNK)
        .flatMap((entry) => [entry.requestId, String(entry.seq)]);
      await this.redis.eval(DONE, 2, this.lineKey, this.entriesKey, ...args);
    }
  }

  size(): Promise<number> {
    return this.redis.zcard(this.lineKey);
  }

  /**
   * Milliseconds since the first change of the oldest waiting entry (to within the max wait: it
   * looks at the `sample` soonest-due entries only), or null when the backlog is empty.
   */
  async oldestAgeMs(sample = 100): Promise<number | null> {
    const ms = (await this.redis.eval(OLDEST_AGE, 2, this.lineKey, this.entriesKey, sample)) as
      number | null;
    return ms === null ? null : Number(ms);
  }

  /** Milliseconds until the soonest entry is due (≤ 0: due now), or null when empty. */
  async untilDue(): Promise<number | null> {
    const ms = (await this.redis.eval(UNTIL_DUE, 1, this.lineKey)) as number | null;
    return ms === null ? null : Number(ms);
  }
}

/** `seq|earlier takes|first mark|cause-json`, as TAKE returns it (before counting this take). */
export function parseEntry(requestId: string, raw: string): BacklogEntry | null {
  const match = /^(\d+)\|(\d+)\|\d+\|(.*)$/s.exec(raw);
  if (!match) return null;
  const [, seq, taken, json] = match;
  const { '@streamId': streamId, ...cause } = JSON.parse(json as string) as ShortlistCause & {
    '@streamId'?: unknown;
  };
  return {
    requestId,
    seq: Number(seq),
    // The count before this take: any earlier take of this version never finished.
    retaken: Number(taken) > 0,
    cause,
    ...(typeof streamId === 'string' && STREAM_ID.test(streamId) ? { streamId } : {}),
  };
}

const STREAM_ID = /^\d+-\d+$/;
