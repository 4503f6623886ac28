import { Injectable } from '@nestjs/common';
import { haversineKm, type Offering } from '@wmo/domain';
import { OfferingRepository, SupportRequestRepository } from '@wmo/persistence';
import { findPostcodeArea } from '@wmo/reference';

/** Decides which open requests a change to an offering can affect. */
@Injectable()
export class AffectedRequests {
  constructor(
    private readonly offerings: OfferingRepository,
    private readonly requests: SupportRequestRepository,
  ) {}

  /** Open requests for the same product, in a municipality it serves, within its reach. */
  async ofOffering(offeringId: string): Promise<string[]> {
    const offering = await this.offerings.findById(offeringId);
    if (!offering) return [];
    const candidates = await this.requests.findActiveByProduct(
      offering.productCode,
      offering.municipalitiesServed,
    );
    return candidates
      .filter((request) => withinReach(offering, request.postcode))
      .map((request) => request.id);
  }
}

function withinReach(offering: Offering, requestPostcode: string): boolean {
  if (offering.maxTravelKm == null) return true;
  const from = findPostcodeArea(offering.postcode);
  const to = findPostcodeArea(requestPostcode);
  if (!from || !to) return true;
  // A small margin: the engine decides exactly; this only avoids needless recomputes.
  return haversineKm(from.location, to.location) <= offering.maxTravelKm + 0.5;
}
