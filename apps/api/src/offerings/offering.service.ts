import { Injectable } from '@nestjs/common';
import {
  confirmedCapacity,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  mayChangeOffering,
  mayReadOffering,
  recordScopeOf,
  scopeOf,
  userIdOf,
  type Actor,
  type Financing,
  type Offering,
} from '@wmo/domain';
import {
  checkedId,
  HoldRepository,
  OfferingRepository,
  ProviderRepository,
  type Page,
} from '@wmo/persistence';
import { MatchingAnnouncer } from '@wmo/matching';
import type { Announcement, OfferingSnapshot } from '@wmo/queue';
import {
  knownMunicipalities,
  knownPostcode,
  knownProduct,
  knownSpecialisms,
} from '../reference/reference-input';
import type {
  CreateOfferingInput,
  UpdateCapacityInput,
  UpdateOfferingInput,
} from './offering.types';

/** Creating offerings and keeping capacity current; every change is announced to the matcher. */
@Injectable()
export class OfferingService {
  constructor(
    private readonly offerings: OfferingRepository,
    private readonly providers: ProviderRepository,
    private readonly holds: HoldRepository,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  /** A provider's own offerings (its capacity board). */
  listOwn(actor: Actor, first: number, after: string | null): Promise<Page<Offering>> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'PROVIDER') throw new ForbiddenError();
    return this.offerings.pageOfProvider(scope, first, after);
  }

  /** One offering; a provider sees only its own (another's does not exist for it). */
  async find(actor: Actor, offeringId: string): Promise<Offering | null> {
    const offering = await this.offerings.findById(checkedId('id', offeringId));
    return offering && mayReadOffering(scopeOf(actor), offering) ? offering : null;
  }

  /** `identity`: for an import, the offering's id and the HSDS id it came under. */
  async create(
    actor: Actor,
    input: CreateOfferingInput,
    identity?: {
      readonly id: string;
      readonly externalId: string | null;
      readonly capacityUpdatedAt?: Date | null;
    },
  ): Promise<Offering> {
    checkedId('input.providerId', input.providerId);
    const scope = scopeOf(actor);
    if (scope.kind === 'PROVIDER' && scope.providerId !== input.providerId) {
      throw new ForbiddenError('U kunt alleen aanbod van uw eigen organisatie toevoegen.');
    }
    const provider = await this.providers.findById(input.providerId);
    if (!provider) throw new InvalidInputError('input.providerId', 'Deze aanbieder bestaat niet.');
    checkFreeWithinTotal(input.freePlaces, input.totalPlaces);
    const fields = {
      providerId: provider.id,
      productCode: knownProduct('input.productCode', input.productCode),
      specialisms: knownSpecialisms('input.specialisms', input.specialisms),
      postcode: knownPostcode('input.postcode', input.postcode),
      municipalitiesServed: knownMunicipalities(
        'input.municipalitiesServed',
        input.municipalitiesServed,
      ),
      maxTravelKm: input.maxTravelKm ?? null,
      totalPlaces: input.totalPlaces,
      freePlaces: input.freePlaces,
      waitingWeeks: input.waitingWeeks,
      financing: [...new Set(input.financing)] as Financing[],
    };
    const id = identity?.id ?? this.offerings.newId();
    const announcement: Announcement = {
      kind: 'offering-changed',
      job: { offeringId: id, cause: { kind: 'OFFERING_CHANGED', offeringId: id } },
    };
    return this.announcer.announced([announcement], () =>
      this.offerings.create(fields, userIdOf(actor), {
        id,
        externalId: identity?.externalId ?? null,
        capacityUpdatedAt: identity?.capacityUpdatedAt,
      }),
    );
  }

  /**
   * Who may change what a provider offers: the provider itself, ADMIN, and staff of a
   * municipality the offering serves (contract management) — no other staff.
   */
  async update(actor: Actor, input: UpdateOfferingInput): Promise<Offering> {
    const offering = await this.ownOffering(actor, input.offeringId, 'input.offeringId');
    const announcement: Announcement = {
      kind: 'offering-changed',
      job: {
        offeringId: offering.id,
        cause: { kind: 'OFFERING_CHANGED', offeringId: offering.id },
        previous: snapshotOf(offering),
      },
    };
    const changes = {
      specialisms: input.specialisms && knownSpecialisms('input.specialisms', input.specialisms),
      postcode: input.postcode && knownPostcode('input.postcode', input.postcode),
      municipalitiesServed:
        input.municipalitiesServed &&
        knownMunicipalities('input.municipalitiesServed', input.municipalitiesServed),
      maxTravelKm: input.maxTravelKm,
      financing: input.financing && ([...new Set(input.financing)] as Financing[]),
    };
    return this.announcer.announced([announcement], async () => {
      const updated = await this.offerings.update(recordScopeOf(actor), offering, changes);
      if (!updated) throw new NotFoundError('Dit aanbod bestaat niet.');
      return updated;
    });
  }

  /** `reportedAt`: an imported report's own time (never later than now). */
  async updateCapacity(
    actor: Actor,
    input: UpdateCapacityInput,
    reportedAt?: Date | null,
  ): Promise<Offering> {
    const offering = await this.ownOffering(actor, input.offeringId, 'input.offeringId');
    const totalPlaces = input.totalPlaces ?? offering.totalPlaces;
    checkFreeWithinTotal(input.freePlaces, totalPlaces);
    return this.report(actor, offering, {
      freePlaces: input.freePlaces,
      waitingWeeks: input.waitingWeeks ?? offering.waitingWeeks,
      totalPlaces,
      reportedAt,
    });
  }

  /**
   * "Klopt nog": a new capacity report with the figures the provider is shown now, made the way
   * updateCapacity makes one (event, queue), so shortlists hear of the fresher report.
   */
  async confirmCapacity(actor: Actor, offeringId: string): Promise<Offering> {
    const offering = await this.ownOffering(actor, offeringId, 'offeringId');
    const occupancy = await this.holds.occupancy([
      { offeringId: offering.id, capacityUpdatedAt: offering.capacityUpdatedAt },
    ]);
    const placed = occupancy.get(offering.id)?.placed ?? 0;
    return this.report(actor, offering, confirmedCapacity(offering, placed));
  }

  private async report(
    actor: Actor,
    offering: Offering,
    figures: {
      freePlaces: number;
      waitingWeeks: number;
      totalPlaces: number;
      reportedAt?: Date | null;
    },
  ): Promise<Offering> {
    const announce = (capacityEventId?: string): Announcement[] => [
      {
        kind: 'offering-changed',
        job: {
          offeringId: offering.id,
          cause: { kind: 'CAPACITY_CHANGED', offeringId: offering.id, capacityEventId },
          previous: snapshotOf(offering),
        },
      },
    ];
    const { offering: updated } = await this.announcer.announced(
      announce(),
      () =>
        this.offerings.setCapacity(recordScopeOf(actor), offering, {
          ...figures,
          actorUserId: userIdOf(actor),
        }),
      ({ event }) => announce(event.id),
    );
    return updated;
  }

  /**
   * Tells the matcher about an offering as if it were new (no snapshot before): every open
   * request for its product is weighed again. For an import that cannot know whether an earlier,
   * interrupted run announced what it wrote, and for a provider whose own fields changed.
   */
  async announceAsNew(offeringId: string): Promise<void> {
    const announcement: Announcement = {
      kind: 'offering-changed',
      job: { offeringId, cause: { kind: 'OFFERING_CHANGED', offeringId } },
    };
    // Through the outbox like every announcement: nothing to write, but delivered for sure.
    await this.announcer.announced([announcement], () => Promise.resolve());
  }

  /**
   * Loads an offering the actor may change: a provider its own, staff what serves their
   * municipalities (contract management), admins any.
   */
  private async ownOffering(actor: Actor, offeringId: string, field: string): Promise<Offering> {
    const offering = await this.offerings.findById(checkedId(field, offeringId));
    if (!offering) throw new NotFoundError('Dit aanbod bestaat niet.');
    const scope = recordScopeOf(actor);
    if (!mayChangeOffering(scope, offering)) {
      throw new ForbiddenError(
        scope.kind === 'MUNICIPALITIES'
          ? 'U kunt alleen aanbod wijzigen dat in uw gemeente(n) werkt.'
          : 'U kunt alleen uw eigen aanbod wijzigen.',
      );
    }
    return offering;
  }
}

function checkFreeWithinTotal(freePlaces: number, totalPlaces: number): void {
  if (freePlaces > totalPlaces) {
    throw new InvalidInputError(
      'input.freePlaces',
      'Er kunnen niet meer vrije plekken zijn dan plekken.',
    );
  }
}

/** What the matcher needs to know of an offering before a change. */
export function snapshotOf(offering: Offering): OfferingSnapshot {
  return {
    providerId: offering.providerId,
    productCode: offering.productCode,
    specialisms: offering.specialisms,
    postcode: offering.postcode,
    municipalitiesServed: offering.municipalitiesServed,
    maxTravelKm: offering.maxTravelKm,
    freePlaces: offering.freePlaces,
    waitingWeeks: offering.waitingWeeks,
    financing: offering.financing,
  };
}
