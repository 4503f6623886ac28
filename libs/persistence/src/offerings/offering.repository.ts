import { findByIds } from '../find-by-ids';
import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import {
  ForbiddenError,
  mayChangeOffering,
  type CapacityEvent,
  type Offering,
  type RecordScope,
} from '@wmo/domain';
import { scopeFilter } from '../access/scope-filter';
import type { WithExternalId } from '../exchange-ids';
import { isObjectId } from '../object-ids';
import { newestFirstPage, type Page } from '../page';
import { retryTransientWrite } from '../transient-write';
import { CAPACITY_EVENT_MODEL, type CapacityEventDocument } from './capacity-event.schema';
import { OFFERING_MODEL, type OfferingDocument } from './offering.schema';

export type NewOffering = Omit<Offering, 'id' | 'createdAt' | 'capacityUpdatedAt'>;

export interface OfferingCriteria {
  readonly productCode?: string;
  readonly specialisms?: readonly string[];
  readonly municipalityCode?: string;
  readonly providerIds?: readonly string[];
}

export type OfferingChanges = Partial<
  Pick<Offering, 'specialisms' | 'postcode' | 'municipalitiesServed' | 'maxTravelKm' | 'financing'>
>;

export interface CapacityChange {
  readonly freePlaces: number;
  readonly waitingWeeks: number;
  readonly totalPlaces: number;
  readonly actorUserId: string;
  /** When it was reported (an imported report, if before now); default now. */
  readonly reportedAt?: Date | null;
}

@Injectable()
export class OfferingRepository {
  private readonly logger = new Logger(OfferingRepository.name);

  constructor(
    @InjectModel(OFFERING_MODEL) private readonly model: Model<OfferingDocument>,
    @InjectModel(CAPACITY_EVENT_MODEL) private readonly events: Model<CapacityEventDocument>,
  ) {}

  /** A new id, for a caller that must name the offering before it is stored (the outbox). */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** `identity`: the id an imported offering gets and the HSDS id it came under (exchangeObjectId). */
  async create(
    input: NewOffering,
    actorUserId: string,
    identity?: {
      readonly id: string;
      readonly externalId: string | null;
      /** When the imported capacity was reported, if before now. */
      readonly capacityUpdatedAt?: Date | null;
    },
  ): Promise<Offering> {
    const now = new Date();
    const reportedAt = earlier(identity?.capacityUpdatedAt, now);
    const fields = {
      ...input,
      _id: new Types.ObjectId(identity?.id),
      externalId: identity?.externalId ?? null,
      providerId: new Types.ObjectId(input.providerId),
      specialisms: [...input.specialisms],
      municipalitiesServed: [...input.municipalitiesServed],
      financing: [...input.financing],
      capacityUpdatedAt: reportedAt,
      createdAt: now,
    };
    const doc = await this.write(() => this.model.create(fields));
    const offering = toOffering(doc.toObject());
    await this.recordEvent(offering, null, { ...input, actorUserId }, reportedAt);
    return offering;
  }

  async findById(id: string): Promise<Offering | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.model.findById(id).lean<OfferingDocument>().exec();
    return doc ? toOffering(doc) : null;
  }

  async find(criteria: OfferingCriteria): Promise<Offering[]> {
    const filter: QueryFilter<OfferingDocument> = {};
    if (criteria.productCode) filter.productCode = criteria.productCode;
    if (criteria.specialisms?.length) filter.specialisms = { $all: [...criteria.specialisms] };
    if (criteria.municipalityCode) filter.municipalitiesServed = criteria.municipalityCode;
    if (criteria.providerIds) {
      filter.providerId = { $in: criteria.providerIds.map((id) => new Types.ObjectId(id)) };
    }
    const docs = await this.model.find(filter).sort({ _id: 1 }).lean<OfferingDocument[]>().exec();
    return docs.map(toOffering);
  }

  /** Offerings whose capacity report is older than `before` (candidates for a reminder). */
  async reportedBefore(before: Date, limit: number): Promise<Offering[]> {
    const docs = await this.model
      .find({ capacityUpdatedAt: { $lt: before } })
      .sort({ capacityUpdatedAt: 1 })
      .limit(limit)
      .lean<OfferingDocument[]>()
      .exec();
    return docs.map(toOffering);
  }

  /** Every offering with the id it was imported under, oldest first (the HSDS export). */
  async findAllWithExternalIds(): Promise<WithExternalId<Offering>[]> {
    const docs = await this.model.find({}).sort({ _id: 1 }).lean<OfferingDocument[]>().exec();
    return docs.map((doc) => ({ record: toOffering(doc), externalId: doc.externalId ?? null }));
  }

  /** One provider's offerings, newest first: what its capacity board shows. */
  async pageOfProvider(
    scope: ProviderScope,
    first: number,
    after: string | null,
  ): Promise<Page<Offering>> {
    if (!isObjectId(scope.providerId))
      return { items: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    const query = scopeFilter(scope, { provider: 'providerId' });
    return newestFirstPage(this.model, query, first, after, toOffering);
  }

  findByIds(ids: readonly string[]): Promise<Offering[]> {
    return findByIds<OfferingDocument, Offering>(this.model, ids, toOffering);
  }

  /**
   * Changes what an offering offers (not its capacity: see setCapacity). Last writer wins.
   * `offering` as the caller read it: the scope is checked against it, the write goes by _id.
   */
  async update(
    scope: RecordScope,
    offering: OfferingOwnership,
    changes: OfferingChanges,
  ): Promise<Offering | null> {
    assertMayChange(scope, offering);
    const id = offering.id;
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) set[key] = Array.isArray(value) ? [...value] : value;
    }
    if (Object.keys(set).length === 0) return this.findById(id);
    const doc = await this.write(() =>
      this.model
        .findOneAndUpdate(
          { _id: new Types.ObjectId(id) },
          { $set: set },
          { returnDocument: 'after' },
        )
        .lean<OfferingDocument>()
        .exec(),
    );
    return doc ? toOffering(doc) : null;
  }

  /**
   * Sets (not increments) the capacity: last writer wins, which is what a provider reporting
   * its current numbers means. The change is recorded as an append-only capacity event.
   * One write that answers with the stored offering, then one insert. The filter is `_id`
   * alone: FerretDB decodes the whole collection for any other filter, and it rewrites a
   * document only after a pass over the table, so a second read would cost as much again.
   */
  async setCapacity(
    scope: RecordScope,
    offering: Offering,
    change: CapacityChange,
  ): Promise<{ offering: Offering; event: CapacityEvent }> {
    assertMayChange(scope, offering);
    const at = earlier(change.reportedAt, new Date());
    const doc = await this.write(() =>
      this.model
        .findOneAndUpdate(
          { _id: new Types.ObjectId(offering.id) },
          {
            $set: {
              freePlaces: change.freePlaces,
              waitingWeeks: change.waitingWeeks,
              totalPlaces: change.totalPlaces,
              capacityUpdatedAt: at,
            },
          },
          { returnDocument: 'after' },
        )
        .lean<OfferingDocument>()
        .exec(),
    );
    if (!doc) throw new Error(`offering ${offering.id} disappeared during a capacity update`);
    const event = await this.recordEvent(offering, offering, change, at);
    return { offering: toOffering(doc), event };
  }

  /** Offerings and capacity events are written under bursts: see retryTransientWrite. */
  private write<T>(run: () => Promise<T>): Promise<T> {
    return retryTransientWrite(run, {
      onRetry: (_, attempt) =>
        this.logger.warn(`offering write met a locked database on try ${attempt}; writing again`),
    });
  }

  private async recordEvent(
    offering: Offering,
    before: Pick<Offering, 'freePlaces' | 'waitingWeeks'> | null,
    after: Pick<CapacityChange, 'freePlaces' | 'waitingWeeks' | 'actorUserId'>,
    at: Date,
  ): Promise<CapacityEvent> {
    const fields = {
      _id: new Types.ObjectId(),
      offeringId: new Types.ObjectId(offering.id),
      providerId: new Types.ObjectId(offering.providerId),
      actorUserId: new Types.ObjectId(after.actorUserId),
      at,
      before: before && { freePlaces: before.freePlaces, waitingWeeks: before.waitingWeeks },
      after: { freePlaces: after.freePlaces, waitingWeeks: after.waitingWeeks },
    };
    const doc = await this.write(() => this.events.create(fields));
    const saved = doc.toObject();
    return {
      id: saved._id.toHexString(),
      offeringId: offering.id,
      providerId: offering.providerId,
      actorUserId: after.actorUserId,
      at,
      before: saved.before,
      after: saved.after,
    };
  }
}

function earlier(given: Date | null | undefined, now: Date): Date {
  return given && given.getTime() < now.getTime() ? given : now;
}

function toOffering(doc: OfferingDocument): Offering {
  return {
    id: doc._id.toHexString(),
    providerId: doc.providerId.toHexString(),
    productCode: doc.productCode,
    specialisms: doc.specialisms,
    postcode: doc.postcode,
    municipalitiesServed: doc.municipalitiesServed,
    maxTravelKm: doc.maxTravelKm,
    totalPlaces: doc.totalPlaces,
    freePlaces: doc.freePlaces,
    waitingWeeks: doc.waitingWeeks,
    financing: doc.financing,
    capacityUpdatedAt: doc.capacityUpdatedAt,
    createdAt: doc.createdAt,
  };
}

/** What decides who may change an offering: its provider and where it works. */
export type OfferingOwnership = Pick<Offering, 'id' | 'providerId' | 'municipalitiesServed'>;

/** A provider's own scope: what its capacity board lists. */
export type ProviderScope = Extract<RecordScope, { readonly kind: 'PROVIDER' }>;

function assertMayChange(scope: RecordScope, offering: OfferingOwnership): void {
  if (!mayChangeOffering(scope, offering)) throw new ForbiddenError();
}
