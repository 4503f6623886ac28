import { Injectable } from '@nestjs/common';
import { haversineKm, InvalidInputError, type MatchableOffering } from '@wmo/domain';
import { OfferingCatalog } from '@wmo/matching';
import { OfferingRepository } from '@wmo/persistence';
import { findPostcodeArea } from '@wmo/reference';
import {
  knownMunicipality,
  knownPostcode,
  knownProduct,
  knownSpecialisms,
} from '../reference/reference-input';
import type { OfferingSearchFilter } from './offering.types';

export interface OfferingHit {
  readonly offeringId: string;
  readonly distanceKm: number | null;
}

export interface OfferingSearchPage {
  readonly hits: readonly OfferingHit[];
  readonly offset: number;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Staff search over offerings: database filters first, then distance and text in memory. */
@Injectable()
export class OfferingSearch {
  constructor(
    private readonly catalog: OfferingCatalog,
    private readonly offerings: OfferingRepository,
  ) {}

  async search(
    filter: OfferingSearchFilter,
    first: number,
    after: string | null,
  ): Promise<OfferingSearchPage> {
    const offset = decodeOffsetCursor(after);
    const criteria = {
      productCode: filter.productCode
        ? knownProduct('filter.productCode', filter.productCode)
        : undefined,
      specialisms: filter.specialisms
        ? knownSpecialisms('filter.specialisms', filter.specialisms)
        : undefined,
      municipalityCode: filter.municipalityCode
        ? knownMunicipality('filter.municipalityCode', filter.municipalityCode)
        : undefined,
    };
    const origin = filter.postcode
      ? findPostcodeArea(knownPostcode('filter.postcode', filter.postcode))?.location
      : undefined;
    if (filter.maxDistanceKm != null && !origin) {
      throw new InvalidInputError(
        'filter.postcode',
        'Vul een postcode in om op afstand te zoeken.',
      );
    }
    const text = filter.text?.trim().toLowerCase();
    const hits = (await this.catalog.find(criteria))
      .filter((offering) => !filter.withFreePlaces || offering.freePlaces - offering.heldPlaces > 0)
      .filter((offering) => !text || offering.providerName.toLowerCase().includes(text))
      .map((offering) => ({
        offering,
        distanceKm: origin ? haversineKm(origin, offering.location) : null,
      }))
      .filter(({ offering, distanceKm }) =>
        withinDistance(offering, distanceKm, filter.maxDistanceKm),
      )
      .sort(byDistanceThenName)
      .map(({ offering, distanceKm }) => ({
        offeringId: offering.id,
        distanceKm: distanceKm == null ? null : Math.round(distanceKm * 10) / 10,
      }));
    return {
      hits: hits.slice(offset, offset + first),
      offset,
      hasNextPage: offset + first < hits.length,
      totalCount: hits.length,
    };
  }

  loadOfferings(ids: readonly string[]) {
    return this.offerings.findByIds(ids);
  }
}

function withinDistance(
  offering: MatchableOffering,
  distanceKm: number | null,
  max?: number,
): boolean {
  if (distanceKm == null) return true;
  if (max != null && distanceKm > max) return false;
  return offering.maxTravelKm == null || distanceKm <= offering.maxTravelKm;
}

function byDistanceThenName(
  a: { offering: MatchableOffering; distanceKm: number | null },
  b: { offering: MatchableOffering; distanceKm: number | null },
): number {
  return (
    (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
    a.offering.providerName.localeCompare(b.offering.providerName, 'nl') ||
    a.offering.id.localeCompare(b.offering.id)
  );
}

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`off:${offset}`).toString('base64url');
}

function decodeOffsetCursor(cursor: string | null): number {
  if (cursor == null) return 0;
  const match = /^off:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new InvalidInputError('after', 'Deze cursor is ongeldig.');
  return Number(match[1]) + 1;
}
