import { findPostcodeArea } from '@wmo/reference';
import { aRequest, anOffering } from '../../../domain/src/matching/testing/factories';
import { offeringFromRow, offeringRow, requestFromRow, requestRow } from './snapshot-rows';

/** What a row becomes after the trip through Redis (JSON text). */
const travelled = (row: readonly unknown[]) => JSON.parse(JSON.stringify(row)) as unknown[];
const hilversum = findPostcodeArea('1211')?.location;

describe('snapshot rows', () => {
  it('bring a request back whole, its location from the reference data', () => {
    const request = aRequest({
      id: '65f000000000000000000001',
      specialisms: ['DEMENTIE'],
      urgency: 'SOON',
      maxDistanceKm: 12,
      preferredLanguages: ['tr'],
      requiredLanguages: ['nl'],
      financing: 'PGB',
      excludedProviderIds: ['65f000000000000000000009'],
      excludedOfferingIds: ['65f00000000000000000000a'],
      acceptsWaitingList: true,
      maxWaitingWeeks: 6,
      location: hilversum,
    });
    expect(requestFromRow(travelled(requestRow(request)))).toEqual(request);
  });

  it('bring an offering back whole, with its holds and the time of its capacity', () => {
    const offering = anOffering({
      postcode: '1211',
      location: hilversum,
      heldPlaces: 2,
      maxTravelKm: null,
      capacityUpdatedAt: new Date('2026-11-30T08:15:00.000Z'),
    });
    const back = offeringFromRow(travelled(offeringRow(offering)));
    expect(back).toEqual(offering);
    expect(back.capacityUpdatedAt).toBeInstanceOf(Date);
  });
});
