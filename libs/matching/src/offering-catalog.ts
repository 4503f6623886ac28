import { Injectable } from '@nestjs/common';
import type { MatchableOffering } from '@wmo/domain';
import { OfferingRepository, ProviderRepository, type OfferingCriteria } from '@wmo/persistence';
import { toMatchableOffering } from './matchable';

/** Loads offerings with their providers, in the shape the matching engine reads. */
@Injectable()
export class OfferingCatalog {
  constructor(
    private readonly offerings: OfferingRepository,
    private readonly providers: ProviderRepository,
  ) {}

  async find(criteria: OfferingCriteria): Promise<MatchableOffering[]> {
    const offerings = await this.offerings.find(criteria);
    const providerIds = [...new Set(offerings.map((offering) => offering.providerId))];
    const providers = new Map(
      (await this.providers.findByIds(providerIds)).map((provider) => [provider.id, provider]),
    );
    return offerings.flatMap((offering) => {
      const provider = providers.get(offering.providerId);
      return provider ? [toMatchableOffering(offering, provider)] : [];
    });
  }
}
