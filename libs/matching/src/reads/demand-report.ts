import { Injectable } from '@nestjs/common';
import { demandPressure, SystemScope, type DemandPressure } from '@wmo/domain';
import { OfferingRepository } from '@wmo/persistence';
import { OpenRequestRanking } from './open-request-ranking';

/**
 * Demand pressure on one provider's offerings: the open requests of the whole region (a
 * provider serves across municipalities) ranked as the worker ranks them. Counts only.
 */
@Injectable()
export class DemandReporter {
  constructor(
    private readonly offerings: OfferingRepository,
    private readonly ranking: OpenRequestRanking,
  ) {}

  async forProvider(providerId: string, now: Date): Promise<DemandPressure[]> {
    const own = await this.offerings.find({ providerIds: [providerId] });
    if (own.length === 0) return [];
    const ownIds = new Set(own.map((offering) => offering.id));
    const products = new Set(own.map((offering) => offering.productCode));
    // Counts over the whole region, never a request as such: the provider sees only numbers.
    const ranking = await this.ranking.rank(SystemScope.of('figures:demand'), now, products);
    const shownTo = new Map<string, number>();
    for (const ranked of ranking.requests) {
      for (const option of ranked.options) {
        if (ownIds.has(option.offeringId)) {
          shownTo.set(option.offeringId, (shownTo.get(option.offeringId) ?? 0) + 1);
        }
      }
    }
    const requests = ranking.requests.map((ranked) => ranked.matchable);
    return ranking.offerings
      .filter((offering) => ownIds.has(offering.id))
      .map((offering) => demandPressure(offering, requests, shownTo.get(offering.id) ?? 0, now));
  }
}
