import type { SupportRequest } from '@wmo/domain';
import { ActiveRequestIndex } from './active-request-index';

let sequence = 0;

/** An open request in Hilversum for regular guidance. */
function aSupportRequest(overrides: Partial<SupportRequest> = {}): SupportRequest {
  sequence += 1;
  return {
    id: `request-${sequence}`,
    reference: `REF${sequence}`,
    status: 'OPEN',
    municipalityCode: 'GM0402',
    postcode: '1211',
    productCode: 'BEG_REGULIER',
    specialisms: [],
    urgency: 'ROUTINE',
    maxDistanceKm: null,
    preferredLanguages: [],
    requiredLanguages: [],
    financing: null,
    strategicPartnerMismatch: '',
    excludeStrategicPartners: true,
    excludedProviderIds: [],
    excludedOfferingIds: [],
    preferredOfferingId: null,
    acceptsWaitingList: false,
    maxWaitingWeeks: null,
    createdByUserId: 'user-1',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...overrides,
  };
}

const idsOf = (requests: readonly { id: string }[]) => requests.map((request) => request.id).sort();

describe('ActiveRequestIndex', () => {
  it('finds the active requests of one product in the municipalities an offering serves', () => {
    const hilversum = aSupportRequest();
    const referred = aSupportRequest({ status: 'REFERRED' });
    const blaricum = aSupportRequest({ municipalityCode: 'GM0376', postcode: '1261' });
    const otherProduct = aSupportRequest({ productCode: 'DB_LICHT' });
    const eemnes = aSupportRequest({ municipalityCode: 'GM0317', postcode: '3755' });
    const index = indexOf([hilversum, referred, blaricum, otherProduct, eemnes]);

    expect(idsOf(index.activeFor('BEG_REGULIER', ['GM0402', 'GM0376', 'GM0402']))).toEqual(
      idsOf([hilversum, referred, blaricum]),
    );
    expect(index.activeFor('BEG_REGULIER', [])).toEqual([]);
    expect(index.activeFor('UNKNOWN', ['GM0402'])).toEqual([]);
    expect(idsOf(index.activeFor('BEG_REGULIER', 'ALL')).sort()).toEqual(
      idsOf([hilversum, referred, blaricum, eemnes]).sort(),
    );
  });

  it('leaves out closed and placed requests', () => {
    const open = aSupportRequest();
    const index = indexOf([
      open,
      aSupportRequest({ status: 'CLOSED' }),
      aSupportRequest({ status: 'PLACED' }),
    ]);
    expect(index.size).toBe(1);
    expect(index.activeIds()).toEqual([open.id]);
  });

  it('drops a request that is placed or closed, and takes it back when it reopens', () => {
    const index = new ActiveRequestIndex();
    const request = aSupportRequest();
    index.put(request);
    index.put({ ...request, status: 'PLACED' });
    expect(index.get(request.id)).toBeUndefined();
    expect(index.activeFor('BEG_REGULIER', ['GM0402'])).toEqual([]);
    index.put({ ...request, status: 'OPEN' });
    expect(index.get(request.id)?.productCode).toBe('BEG_REGULIER');
  });

  it('moves an edited request to its new product and drops what it asked before', () => {
    const index = new ActiveRequestIndex();
    const request = aSupportRequest({ specialisms: ['AUTISME'] });
    index.put(request);
    index.put({ ...request, productCode: 'DB_LICHT', specialisms: [] });
    expect(index.activeFor('BEG_REGULIER', ['GM0402'])).toEqual([]);
    expect(index.activeFor('DB_LICHT', ['GM0402'])).toEqual([
      expect.objectContaining({ id: request.id, specialisms: [] }),
    ]);
    expect(index.size).toBe(1);
  });

  it('forgets a request that is gone', () => {
    const index = new ActiveRequestIndex();
    const request = aSupportRequest();
    index.put(request);
    index.remove(request.id);
    index.remove('never-seen');
    expect(index.size).toBe(0);
    expect(index.activeIds('GM0402')).toEqual([]);
  });

  it('lists active ids of one municipality across products', () => {
    const guidance = aSupportRequest();
    const dayCare = aSupportRequest({ productCode: 'DB_LICHT' });
    const blaricum = aSupportRequest({ municipalityCode: 'GM0376', postcode: '1261' });
    const index = indexOf([guidance, dayCare, blaricum]);
    expect(index.activeIds('GM0402').sort()).toEqual(idsOf([guidance, dayCare]));
    expect(index.activeIds('GM0376')).toEqual([blaricum.id]);
    expect(index.activeIds().length).toBe(3);
  });
});

function indexOf(requests: SupportRequest[]): ActiveRequestIndex {
  const index = new ActiveRequestIndex();
  for (const request of requests) index.put(request);
  return index;
}
