import type { Offering } from '../../offerings/offering';
import type { Provider } from '../../providers/provider';
import { toHsdsDocument, type HsdsReference } from './hsds-export';
import { readHsdsDocument, type HsdsImportReference } from './hsds-import';
import { planHsdsImport } from './hsds-import-plan';

const provider: Provider = {
  id: 'p1',
  name: 'Zorg Gooi',
  strategicPartner: false,
  languages: ['nl', 'en'],
  kvkNumber: '12345678',
  agbCode: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const offering: Offering = {
  id: 'o1',
  providerId: 'p1',
  productCode: 'BEG_REGULIER',
  specialisms: ['LVB', 'GGZ'],
  postcode: '1211',
  municipalitiesServed: ['GM0402', 'GM0417'],
  maxTravelKm: 15,
  totalPlaces: 10,
  freePlaces: 3,
  waitingWeeks: 2,
  financing: ['ZIN'],
  capacityUpdatedAt: new Date('2026-03-01T09:00:00Z'),
  createdAt: new Date('2026-01-01T00:00:00Z'),
};
const names: Record<string, string> = { GM0402: 'Hilversum', GM0417: 'Laren' };
const exportReference: HsdsReference = {
  productName: () => 'Begeleiding regulier (individueel)',
  municipalityName: (code) => names[code] ?? code,
  postcodeArea: (pc4) =>
    pc4 === '1211' ? { place: 'Hilversum', location: { lat: 52.2235, lon: 5.1752 } } : undefined,
};
const importReference: HsdsImportReference = {
  isProduct: (code) => code === 'BEG_REGULIER',
  isSpecialism: (code) => ['LVB', 'GGZ', 'NAH'].includes(code),
  knownPc4: (postalCode) => {
    const pc4 = /^(\d{4})/.exec(postalCode.trim())?.[1] ?? null;
    return pc4 === '1211' || pc4 === '1251' ? pc4 : null;
  },
  municipalityCode: (code) => (names[code] ? code : undefined),
  municipalityCodeByName: (name) => Object.keys(names).find((code) => names[code] === name),
};

function exported() {
  return toHsdsDocument(
    [{ record: provider, hsdsId: 'org-1' }],
    [{ record: offering, hsdsId: 'svc-1' }],
    exportReference,
  );
}

/** A plain JSON copy that a test may change. */
function editable(): {
  organizations: Record<string, unknown>[];
  services: Record<string, unknown>[];
  locations: Record<string, unknown>[];
} {
  return JSON.parse(JSON.stringify(exported())) as ReturnType<typeof editable>;
}

describe('HSDS export', () => {
  it('writes organization, service with its areas and capacity, and a PC4 location', () => {
    const document = exported();
    expect(document.organizations[0]).toMatchObject({
      id: 'org-1',
      name: 'Zorg Gooi',
      organization_identifiers: [{ identifier_scheme: 'NL-KVK', identifier: '12345678' }],
      x_wmo: { strategic_partner: false, languages: ['nl', 'en'] },
    });
    expect(document.services[0]).toMatchObject({
      id: 'svc-1',
      organization_id: 'org-1',
      status: 'active',
      service_areas: [
        { name: 'Hilversum', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0402' },
        { name: 'Laren', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0417' },
      ],
      service_at_locations: [{ location_id: 'org-1:pc4:1211' }],
      capacities: [{ available: 3, maximum: 10, updated: '2026-03-01T09:00:00.000Z' }],
      x_wmo: {
        product_code: 'BEG_REGULIER',
        specialisms: ['GGZ', 'LVB'],
        financing: ['ZIN'],
        max_travel_km: 15,
        waiting_weeks: 2,
      },
    });
    expect(document.locations).toEqual([
      expect.objectContaining({
        id: 'org-1:pc4:1211',
        latitude: 52.2235,
        addresses: [expect.objectContaining({ postal_code: '1211', country: 'NL' })],
      }),
    ]);
  });
});

describe('HSDS import', () => {
  it('reads back what the export wrote', () => {
    const reading = readHsdsDocument(editable(), importReference);
    expect(reading.rejections).toEqual([]);
    expect(reading.providers).toEqual([
      {
        hsdsId: 'org-1',
        name: 'Zorg Gooi',
        strategicPartner: false,
        languages: ['nl', 'en'],
        kvkNumber: '12345678',
        agbCode: null,
      },
    ]);
    expect(reading.offerings).toEqual([
      {
        hsdsId: 'svc-1',
        index: 0,
        organizationHsdsId: 'org-1',
        productCode: 'BEG_REGULIER',
        specialisms: ['GGZ', 'LVB'],
        postcode: '1211',
        municipalitiesServed: ['GM0402', 'GM0417'],
        maxTravelKm: 15,
        totalPlaces: 10,
        freePlaces: 3,
        waitingWeeks: 2,
        financing: ['ZIN'],
        capacityUpdatedAt: new Date('2026-03-01T09:00:00Z'),
      },
    ]);
  });

  it('rejects a service with every reason, in Dutch', () => {
    const document = editable();
    const service = document.services[0] as {
      x_wmo: Record<string, unknown>;
      capacities: Record<string, unknown>[];
      service_areas: Record<string, unknown>[];
    };
    service.x_wmo.product_code = 'ONBEKEND';
    service.x_wmo.specialisms = ['LVB', 'ASTROLOGIE'];
    service.capacities[0]!.available = 11;
    service.service_areas.push({ name: 'Atlantis' });
    const reading = readHsdsDocument(document, importReference);
    expect(reading.offerings).toEqual([]);
    expect(reading.rejections).toEqual([
      {
        kind: 'service',
        id: 'svc-1',
        index: 0,
        reasons: [
          'Het product "ONBEKEND" bestaat niet.',
          'De doelgroep "ASTROLOGIE" bestaat niet.',
          'Het werkgebied "Atlantis" is geen gemeente die wij kennen.',
          'Er kunnen niet meer vrije plekken zijn dan plekken.',
        ],
      },
    ]);
  });

  it('names missing and wrongly typed fields', () => {
    const document = editable();
    delete document.organizations[0]!.name;
    (document.services[0]!.x_wmo as Record<string, unknown>).waiting_weeks = 'twee';
    const reading = readHsdsDocument(document, importReference);
    expect(reading.rejections).toEqual([
      { kind: 'organization', id: 'org-1', index: 0, reasons: ['name ontbreekt.'] },
      {
        kind: 'service',
        id: 'svc-1',
        index: 0,
        reasons: ['x_wmo.waiting_weeks heeft een verkeerd soort waarde.'],
      },
    ]);
  });

  it('rejects a service whose organization or location was rejected or is missing', () => {
    const document = editable();
    document.locations[0]!.addresses = [{ postal_code: '9999' }];
    const reading = readHsdsDocument(document, importReference);
    expect(reading.rejections.map((r) => [r.kind, r.reasons])).toEqual([
      ['location', ['De postcode van deze locatie kennen wij niet in deze regio.']],
      ['service', ['De locatie van dit aanbod staat niet (goedgekeurd) in het bestand.']],
    ]);
  });

  it('rejects duplicate ids and services that are not active', () => {
    const document = editable();
    document.services.push({ ...document.services[0]!, status: 'inactive' });
    const reading = readHsdsDocument(document, importReference);
    expect(reading.rejections.map((r) => [r.index, r.reasons])).toEqual([
      [0, ['Dit id komt vaker voor in het bestand.']],
      [
        1,
        [
          'Dit id komt vaker voor in het bestand.',
          'Alleen actief aanbod (status "active") kan worden ingelezen.',
        ],
      ],
    ]);
  });

  it('rejects a document without the three lists', () => {
    const reading = readHsdsDocument({ organizations: [] }, importReference);
    expect(reading.rejections).toEqual([
      {
        kind: 'document',
        id: null,
        index: -1,
        reasons: ['services ontbreekt.', 'locations ontbreekt.'],
      },
    ]);
  });
});

describe('HSDS import plan', () => {
  const reading = () => readHsdsDocument(editable(), importReference);
  const nothing = { providers: new Map(), offerings: new Map(), providerIdOf: () => 'p1' };

  it('creates what does not exist yet', () => {
    const plan = planHsdsImport(reading(), nothing);
    expect([plan.providers.create.length, plan.offerings.create.length]).toEqual([1, 1]);
  });

  it('leaves equal records alone and updates changed ones', () => {
    const same = planHsdsImport(reading(), {
      providers: new Map([['org-1', provider]]),
      offerings: new Map([['svc-1', offering]]),
      providerIdOf: () => 'p1',
    });
    expect([same.providers.unchanged.length, same.offerings.unchanged.length]).toEqual([1, 1]);
    const changed = planHsdsImport(reading(), {
      providers: new Map([['org-1', { ...provider, strategicPartner: true }]]),
      offerings: new Map([['svc-1', { ...offering, freePlaces: 1 }]]),
      providerIdOf: () => 'p1',
    });
    expect([changed.providers.update.length, changed.offerings.update.length]).toEqual([1, 1]);
  });

  it('keeps a newer capacity report of the platform over an older one from the file', () => {
    const newer = {
      ...offering,
      freePlaces: 1,
      capacityUpdatedAt: new Date('2026-03-05T09:00:00Z'),
    };
    const plan = planHsdsImport(reading(), {
      providers: new Map([['org-1', provider]]),
      offerings: new Map([['svc-1', newer]]),
      providerIdOf: () => 'p1',
    });
    expect(plan.offerings.unchanged.length).toBe(1);
  });

  it('rejects a change of product or provider of an existing offering', () => {
    const plan = planHsdsImport(reading(), {
      providers: new Map(),
      offerings: new Map([['svc-1', { ...offering, productCode: 'HBH', providerId: 'p2' }]]),
      providerIdOf: () => 'p1',
    });
    expect(plan.offerings).toEqual({ create: [], update: [], unchanged: [] });
    expect(plan.rejections).toEqual([
      {
        kind: 'service',
        id: 'svc-1',
        index: 0,
        reasons: [
          'Het product van bestaand aanbod kan niet veranderen. Geef nieuw aanbod een nieuw id.',
          'Dit aanbod hoort bij een andere aanbieder.',
        ],
      },
    ]);
  });
});
