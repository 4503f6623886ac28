import { Test } from '@nestjs/testing';
import { ForbiddenError, InvalidInputError, type Offering, type RecordScope } from '@wmo/domain';
import { MatchingAnnouncer } from '@wmo/matching';
import { HoldRepository, OfferingRepository, ProviderRepository } from '@wmo/persistence';
import type { Announcement } from '@wmo/queue';
import { OfferingService } from './offering.service';

const OFFERING_ID = '0123456789abcdef01234567';

function anOffering(overrides: Partial<Offering> = {}): Offering {
  return {
    id: OFFERING_ID,
    providerId: 'provider-a',
    productCode: 'BEG_REGULIER',
    specialisms: [],
    postcode: '1211',
    municipalitiesServed: ['GM0402'],
    maxTravelKm: null,
    totalPlaces: 5,
    freePlaces: 2,
    waitingWeeks: 3,
    financing: ['ZIN'],
    capacityUpdatedAt: new Date('2026-12-01T09:00:00Z'),
    createdAt: new Date('2026-11-01T09:00:00Z'),
    ...overrides,
  };
}

/** OfferingService with its repositories and announcer mocked, in a Nest testing module. */
async function newOfferingService(offering: Offering) {
  const offerings = {
    findById: jest.fn().mockResolvedValue(offering),
    setCapacity: jest.fn(
      async (_scope: RecordScope, before: Offering, figures: { freePlaces: number }) => ({
        offering: { ...before, freePlaces: figures.freePlaces },
        event: { id: 'event-1' },
      }),
    ),
  };
  const announcer = {
    announced: jest.fn(
      async <T>(
        planned: readonly Announcement[],
        write: () => Promise<T>,
        final?: (result: T) => readonly Announcement[],
      ) => {
        const result = await write();
        announcements.push(...(final ? final(result) : planned));
        return result;
      },
    ),
  };
  const announcements: Announcement[] = [];
  const module = await Test.createTestingModule({
    providers: [
      OfferingService,
      { provide: OfferingRepository, useValue: offerings },
      { provide: ProviderRepository, useValue: {} },
      { provide: HoldRepository, useValue: {} },
      { provide: MatchingAnnouncer, useValue: announcer },
    ],
  }).compile();
  return { service: module.get(OfferingService), offerings, announcements };
}

describe('OfferingService.updateCapacity', () => {
  const owner = { kind: 'PROVIDER', userId: 'user-a', providerId: 'provider-a' } as const;

  it('stores a capacity report and announces it with the offering as it was before', async () => {
    const { service, offerings, announcements } = await newOfferingService(anOffering());
    const updated = await service.updateCapacity(owner, {
      offeringId: OFFERING_ID,
      freePlaces: 0,
    });
    expect(updated.freePlaces).toBe(0);
    expect(offerings.setCapacity).toHaveBeenCalledWith(
      { kind: 'PROVIDER', providerId: 'provider-a' },
      expect.objectContaining({ id: OFFERING_ID }),
      expect.objectContaining({
        freePlaces: 0,
        waitingWeeks: 3,
        totalPlaces: 5,
        actorUserId: 'user-a',
      }),
    );
    expect(announcements).toEqual([
      {
        kind: 'offering-changed',
        job: expect.objectContaining({
          offeringId: OFFERING_ID,
          cause: { kind: 'CAPACITY_CHANGED', offeringId: OFFERING_ID, capacityEventId: 'event-1' },
          previous: expect.objectContaining({ freePlaces: 2 }),
        }),
      },
    ]);
  });

  it("refuses another provider's offering and writes nothing", async () => {
    const { service, offerings, announcements } = await newOfferingService(anOffering());
    const other = { kind: 'PROVIDER', userId: 'user-b', providerId: 'provider-b' } as const;
    await expect(
      service.updateCapacity(other, { offeringId: OFFERING_ID, freePlaces: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(offerings.setCapacity).not.toHaveBeenCalled();
    expect(announcements).toEqual([]);
  });

  it('refuses more free places than places, naming the field', async () => {
    const { service, offerings } = await newOfferingService(anOffering({ totalPlaces: 3 }));
    const attempt = service.updateCapacity(owner, { offeringId: OFFERING_ID, freePlaces: 4 });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({ field: 'input.freePlaces' });
    expect(offerings.setCapacity).not.toHaveBeenCalled();
  });
});
