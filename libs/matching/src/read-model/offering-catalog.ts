import { Inject, Injectable } from '@nestjs/common';
import type { MatchableOffering, Offering } from '@wmo/domain';
import { OfferingRepository, ProviderRepository, type OfferingCriteria } from '@wmo/persistence';
import { HELD_PLACES, type HeldPlacesSource } from './held-places';
import { TEXT_AS_IS, type TextHolding } from '../shared/shared-values';
import { toMatchableOffering } from './matchable';

/** Reads offerings with their providers and holds from the database, as the engine sees them. */
@Injectable()
export class OfferingCatalog {
  constructor(
    private readonly offerings: OfferingRepository,
    private readonly providers: ProviderRepository,
    @Inject(HELD_PLACES) private readonly held: HeldPlacesSource,
  ) {}

  async find(criteria: OfferingCriteria): Promise<MatchableOffering[]> {
    return this.join(await this.offerings.find(criteria));
  }

  /**
   * Joins offerings with their providers and held places; one without provider is left out.
   * A long-lived copy passes `KEPT_TEXT` (shared-values.ts).
   */
  async join(
    offerings: readonly Offering[],
    text: TextHolding = TEXT_AS_IS,
  ): Promise<MatchableOffering[]> {
    const providerIds = [...new Set(offerings.map((offering) => offering.providerId))];
    const [providers, held] = await Promise.all([
      this.providers.findByIds(providerIds),
      this.held.countActive(offerings.map((offering) => offering.id)),
    ]);
    const byId = new Map(providers.map((provider) => [provider.id, provider]));
    return offerings.flatMap((offering) => {
      const provider = byId.get(offering.providerId);
      return provider
        ? [toMatchableOffering(offering, provider, held.get(offering.id) ?? 0, text)]
        : [];
    });
  }
}
