import { aRequest, anOffering, TEST_NOW } from '../matching/testing/factories';
import { demandPressure } from './demand-pressure';

describe('demandPressure', () => {
  it('counts the requests a full offering would serve with a free place', () => {
    const full = anOffering({ freePlaces: 0, specialisms: ['GGZ'] });
    const requests = [
      aRequest({ id: 'fits' }),
      aRequest({ id: 'fits-too', specialisms: ['GGZ'] }),
      aRequest({ id: 'other-group', specialisms: ['LVB'] }),
      aRequest({ id: 'other-product', productCode: 'HBH' }),
    ];
    expect(demandPressure(full, requests, 0, TEST_NOW)).toEqual({
      offeringId: full.id,
      wouldServe: 2,
      shownTo: 0,
      waitingOnCapacity: 2,
    });
  });

  it('waits on nothing when places are free', () => {
    const open = anOffering({ freePlaces: 2 });
    expect(demandPressure(open, [aRequest()], 1, TEST_NOW)).toMatchObject({
      wouldServe: 1,
      shownTo: 1,
      waitingOnCapacity: 0,
    });
  });

  it('counts places on hold as taken', () => {
    const held = anOffering({ freePlaces: 1, heldPlaces: 1 });
    expect(demandPressure(held, [aRequest()], 0, TEST_NOW).waitingOnCapacity).toBe(1);
  });
});
