import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DEFAULT_MATCHING_POLICY, type MatchingPolicy } from '@wmo/domain';
import { MatchingPolicyRepository } from '@wmo/persistence';
import { MatchingRedis } from '../shared/matching-redis';

export function policyVersionKey(queuePrefix: string): string {
  return `${queuePrefix}:policy-version`;
}

/**
 * The matching policy per municipality, cached in memory. A policy change sets a new random
 * version in Redis before its recompute job is queued; a reader that sees another version
 * reloads. Random, not a counter: after Redis lost its data a counter would start again and
 * could repeat a version a reader already holds.
 */
@Injectable()
export class PolicyBook {
  private readonly redis: Redis;
  private readonly versionKey: string;
  private policies = new Map<string, MatchingPolicy>();
  private loadedVersion: string | null = null;

  constructor(
    shared: MatchingRedis,
    private readonly repository: MatchingPolicyRepository,
  ) {
    this.redis = shared.client;
    this.versionKey = policyVersionKey(shared.prefix);
  }

  async policyFor(municipalityCode: string): Promise<MatchingPolicy> {
    return (await this.snapshot())(municipalityCode);
  }

  /** Every municipality's current policy, checked for news once: for ranking many requests. */
  async snapshot(): Promise<(municipalityCode: string) => MatchingPolicy> {
    const version = (await this.redis.get(this.versionKey)) ?? '0';
    if (version !== this.loadedVersion) {
      const stored = await this.repository.latestOfAll();
      this.policies = new Map(stored.map((entry) => [entry.municipalityCode, entry.policy]));
      this.loadedVersion = version;
    }
    const policies = this.policies;
    return (municipalityCode) => policies.get(municipalityCode) ?? DEFAULT_MATCHING_POLICY;
  }

  /** A municipality's current policy straight from the database, without Redis. */
  async storedPolicyFor(municipalityCode: string): Promise<MatchingPolicy> {
    const stored = await this.repository.latestOfAll();
    return (
      stored.find((entry) => entry.municipalityCode === municipalityCode)?.policy ??
      DEFAULT_MATCHING_POLICY
    );
  }

  /** Reads every policy again on next use (after Redis was away and versions may be lost). */
  forget(): void {
    this.loadedVersion = null;
  }

  /** Called by the writer after storing a new version, before queueing the recompute. */
  async bumpVersion(): Promise<void> {
    await this.redis.set(this.versionKey, randomUUID());
  }
}
