import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ShortlistRepository } from '@wmo/persistence';
import { fromStored, headNote, parseHead, type CachedHead } from './head-codec';
import { MatchingRedis } from '../shared/matching-redis';

// Sets a head if its revision is newer than the one stored, or if it is the same revision seen
// from newer inputs (a recompute that changed nothing): heads never go back.
// Value: revision:digest:inputs position (stream id or empty)[:shown as JSON].
const ADVANCE = `
local function newer(a, b)
  if a == '' then return false end
  if b == '' then return true end
  local ams, aseq = string.match(a, '^(%d+)-(%d+)$')
  local bms, bseq = string.match(b, '^(%d+)-(%d+)$')
  if tonumber(ams) ~= tonumber(bms) then return tonumber(ams) > tonumber(bms) end
  return tonumber(aseq) > tonumber(bseq)
end
local advanced = 0
for i = 1, #ARGV, 3 do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  local revision = tonumber(ARGV[i + 1])
  local digest, position = string.match(ARGV[i + 2], '^([^:]*):([^:]*)')
  local set = not current
  if current then
    local crev, cdigest, cposition = string.match(current, '^(%d+):([^:]*):?([^:]*)')
    crev = tonumber(crev)
    set = crev < revision or (crev == revision and cdigest == digest and newer(position, cposition))
  end
  if set then
    redis.call('HSET', KEYS[1], ARGV[i], revision .. ':' .. ARGV[i + 2])
    advanced = advanced + 1
  end
end
return advanced`;

const CHUNK = 1000;

/**
 * Every request's latest shortlist revision (number and digest), cached in Redis so a recompute
 * knows the next revision number and whether anything changed without asking the database
 * (where finding a request's newest revision by anything but `_id` means decoding the whole
 * collection on FerretDB). A cache only: the `_id` fence in the database stays the authority.
 * A head can lag behind (a worker died between storing a revision and advancing its head);
 * then the next insert collides and the recompute asks the database.
 * `complete` says every request's head is here; it is set after a rebuild from the database,
 * and disappears with the rest if Redis loses its data.
 */
@Injectable()
export class ShortlistHeads {
  private readonly logger = new Logger(ShortlistHeads.name);
  private readonly redis: Redis;
  private readonly key: string;
  private readonly completeKey: string;
  private rebuilding: Promise<void> | null = null;

  constructor(
    shared: MatchingRedis,
    private readonly shortlists: ShortlistRepository,
  ) {
    this.redis = shared.client;
    this.key = `${shared.prefix}:shortlist-heads`;
    this.completeKey = `${shared.prefix}:shortlist-heads:complete`;
  }

  async get(requestIds: readonly string[]): Promise<Map<string, CachedHead>> {
    const heads = new Map<string, CachedHead>();
    for (let start = 0; start < requestIds.length; start += CHUNK) {
      const ids = requestIds.slice(start, start + CHUNK);
      const values = await this.redis.hmget(this.key, ...ids);
      ids.forEach((id, index) => {
        const head = parseHead(values[index] ?? null);
        if (head) heads.set(id, head);
      });
    }
    return heads;
  }

  async advance(entries: ReadonlyMap<string, CachedHead>): Promise<void> {
    const all = [...entries];
    for (let start = 0; start < all.length; start += CHUNK) {
      const args = all
        .slice(start, start + CHUNK)
        .flatMap(([id, head]) => [id, String(head.revision), `${head.digest}:${headNote(head)}`]);
      await this.redis.eval(ADVANCE, 1, this.key, ...args);
    }
  }

  /**
   * Forgets the heads of requests whose revisions were deleted (retention), so no reader looks
   * for, or serves from a cache, a revision that is gone.
   */
  async forget(requestIds: readonly string[]): Promise<void> {
    for (let start = 0; start < requestIds.length; start += CHUNK) {
      const ids = requestIds.slice(start, start + CHUNK);
      if (ids.length > 0) await this.redis.hdel(this.key, ...ids);
    }
  }

  /** Rebuilds the heads from the database when Redis does not hold all of them. */
  async ensureComplete(): Promise<void> {
    if ((await this.redis.exists(this.completeKey)) === 1) return;
    await this.rebuild();
  }

  /** Reads every head from the database (one pass) and advances the cache to it. */
  rebuild(): Promise<void> {
    this.rebuilding ??= this.rebuildOnce().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  private async rebuildOnce(): Promise<void> {
    const started = Date.now();
    const stored = await this.shortlists.allHeads();
    const heads = new Map([...stored].map(([id, head]) => [id, fromStored(head)]));
    await this.advance(heads);
    await this.redis.set(this.completeKey, new Date().toISOString());
    this.logger.log(
      `shortlist heads rebuilt: ${heads.size} requests in ${Date.now() - started} ms`,
    );
  }
}
