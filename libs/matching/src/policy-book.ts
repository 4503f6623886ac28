import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy } from '@wmo/domain';
import { MatchingPolicyRepository } from '@wmo/persistence';

export function policyVersionKey(queuePrefix: string): string {
  return `${queuePrefix}:policy-version`;
}

/**
 * The matching policy per municipality, cached in memory. A policy change bumps a Redis
 * counter before its recompute job is queued; a reader that sees a new counter reloads.
 */
@Injectable()
export class PolicyBook implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly versionKey: string;
  private policies = new Map<string, MatchingPolicy>();
  private loadedVersion: string | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repository: MatchingPolicyRepository,
  ) {
    this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.versionKey = policyVersionKey(config.QUEUE_PREFIX);
  }

  async policyFor(municipalityCode: string): Promise<MatchingPolicy> {
    const version = (await this.redis.get(this.versionKey)) ?? '0';
    if (version !== this.loadedVersion) {
      const stored = await this.repository.latestOfAll();
      this.policies = new Map(stored.map((entry) => [entry.municipalityCode, entry.policy]));
      this.loadedVersion = version;
    }
    return this.policies.get(municipalityCode) ?? DEFAULT_MATCHING_POLICY;
  }

  /** Called by the writer after storing a new version, before queueing the recompute. */
  async bumpVersion(): Promise<void> {
    await this.redis.incr(this.versionKey);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
