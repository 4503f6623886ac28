import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import {
  mayReadReferral,
  type AccessScope,
  type RecordScope,
  type Referral,
  type ReferralStatus,
  type ReferralTransition,
  type SystemScope,
} from '@wmo/domain';
import { scopeFilter } from '../access/scope-filter';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { newestFirstPage, oldestFirstPage, type Page } from '../page';
import { OPEN_REFERRAL_MODEL, type OpenReferralDocument } from './open-referral.schema';
import { REFERRAL_MODEL, type ReferralDocument } from './referral.schema';

/**
 * Where a referral keeps what an access scope is about. Not the request: a resident does not
 * see the referrals of its request (see mayReadReferral).
 */
const REFERRAL_FIELDS = { municipality: 'municipalityCode', provider: 'providerId' } as const;

/** A scope that reads placements: never one provider's (they are the municipality's records). */
export type PlacementScope = Exclude<RecordScope, { readonly kind: 'PROVIDER' | 'REQUEST' }>;

export interface ReferralListFilter {
  readonly status?: ReferralStatus;
  /** Any of these (e.g. every answered status for a history). */
  readonly statuses?: readonly ReferralStatus[];
}

/** Newest first, or oldest first: for pending referrals, the hold that ends first on top. */
export type ReferralOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

@Injectable()
export class ReferralRepository implements OnModuleInit {
  constructor(
    @InjectModel(REFERRAL_MODEL) private readonly model: Model<ReferralDocument>,
    @InjectModel(OPEN_REFERRAL_MODEL) private readonly open: Model<OpenReferralDocument>,
  ) {}

  /** The unique index on open referrals must exist before the first referral is made. */
  async onModuleInit(): Promise<void> {
    await this.open.init();
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create({ id, ...referral }: Referral): Promise<Referral> {
    const doc = await this.model.create({
      ...referral,
      _id: new Types.ObjectId(id),
      requestId: new Types.ObjectId(referral.requestId),
      offeringId: new Types.ObjectId(referral.offeringId),
      providerId: new Types.ObjectId(referral.providerId),
      createdByUserId: new Types.ObjectId(referral.createdByUserId),
      request: { ...referral.request, specialisms: [...referral.request.specialisms] },
    });
    return toReferral(doc.toObject());
  }

  /** Outside the caller's scope a referral does not exist for them. */
  async findInScope(scope: RecordScope, id: string): Promise<Referral | null> {
    if (!isObjectId(id)) return null;
    // By _id alone, scoped in code: FerretDB serves an _id-only filter without a scan.
    const doc = await this.model.findById(id).lean<ReferralDocument>().exec();
    const referral = doc ? toReferral(doc) : null;
    return referral && mayReadReferral(scope, referral) ? referral : null;
  }

  async page(
    scope: RecordScope,
    filter: ReferralListFilter,
    first: number,
    after: string | null,
    order: ReferralOrder = 'NEWEST_FIRST',
  ): Promise<Page<Referral>> {
    const query: QueryFilter<ReferralDocument> = { ...scopeFilter(scope, REFERRAL_FIELDS) };
    const allowed = filter.statuses ? new Set(filter.statuses) : null;
    if (filter.status) {
      // Both given: only referrals that satisfy both.
      query.status = !allowed || allowed.has(filter.status) ? filter.status : { $in: [] };
    } else if (allowed) {
      query.status = { $in: [...allowed] };
    }
    const page = order === 'OLDEST_FIRST' ? oldestFirstPage : newestFirstPage;
    return page(this.model, query, first, after, toReferral);
  }

  /** Every referral in scope with one of these statuses, for aggregate figures. */
  async withStatuses(scope: AccessScope, statuses: readonly ReferralStatus[]): Promise<Referral[]> {
    const docs = await this.model
      .find({ ...scopeFilter(scope, REFERRAL_FIELDS), status: { $in: [...statuses] } })
      .lean<ReferralDocument[]>()
      .exec();
    return docs.map(toReferral);
  }

  /**
   * Accepted referrals (placements) in the caller's scope whose acceptance lies in
   * [from, until), oldest first: what the municipality's Wmo system takes over.
   */
  async placements(scope: PlacementScope, from: Date, until: Date): Promise<Referral[]> {
    const docs = await this.model
      .find({
        ...scopeFilter(scope, REFERRAL_FIELDS),
        status: 'ACCEPTED',
        respondedAt: { $gte: from, $lt: until },
      })
      .sort({ respondedAt: 1, _id: 1 })
      .lean<ReferralDocument[]>()
      .exec();
    return docs.map(toReferral);
  }

  /** A request's referrals in scope, newest first. */
  async ofRequest(scope: RecordScope, requestId: string): Promise<Referral[]> {
    if (!isObjectId(requestId)) return [];
    const docs = await this.model
      .find({
        $and: [{ requestId: new Types.ObjectId(requestId) }, scopeFilter(scope, REFERRAL_FIELDS)],
      })
      .sort({ _id: -1 })
      .lean<ReferralDocument[]>()
      .exec();
    return docs.map(toReferral);
  }

  /** Pending referrals whose hold is due, oldest first. */
  async duePendingIds(_scope: SystemScope, now: Date, limit: number): Promise<string[]> {
    const docs = await this.model
      .find({ status: 'PENDING', holdExpiresAt: { $lte: now } }, { _id: 1 })
      .sort({ holdExpiresAt: 1 })
      .limit(limit)
      .lean<Pick<ReferralDocument, '_id'>[]>()
      .exec();
    return docs.map((doc) => doc._id.toHexString());
  }

  /** Pending referrals whose hold ends before `before`, soonest first (for reminders). */
  async pendingEndingBefore(_scope: SystemScope, before: Date, limit: number): Promise<Referral[]> {
    const docs = await this.model
      .find({ status: 'PENDING', holdExpiresAt: { $lte: before } })
      .sort({ holdExpiresAt: 1 })
      .limit(limit)
      .lean<ReferralDocument[]>()
      .exec();
    return docs.map(toReferral);
  }

  /** Pending referrals sent since `since`, oldest first (to check each provider was told). */
  async pendingCreatedSince(_scope: SystemScope, since: Date, limit: number): Promise<Referral[]> {
    const docs = await this.model
      .find({ status: 'PENDING', createdAt: { $gte: since } })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<ReferralDocument[]>()
      .exec();
    return docs.map(toReferral);
  }

  /** Copies a recorded transition onto the referral; written last, once all else is done. */
  async recordOutcome(transition: ReferralTransition): Promise<void> {
    await this.model
      .updateOne(
        { _id: new Types.ObjectId(transition.referralId) },
        { $set: { status: transition.to, respondedAt: transition.at, reason: transition.reason } },
      )
      .exec();
  }

  /** Marks the referral as the request's open one; false when the request already has one. */
  async openFor(requestId: string, referralId: string, at: Date): Promise<boolean> {
    try {
      await this.open.create({
        requestId: new Types.ObjectId(requestId),
        referralId: new Types.ObjectId(referralId),
        openedAt: at,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** The referral that holds the request's open mark, if any. */
  async openReferralOf(requestId: string): Promise<{ referralId: string; openedAt: Date } | null> {
    const doc = await this.open
      .findOne({ requestId: new Types.ObjectId(requestId) })
      .lean<OpenReferralDocument>()
      .exec();
    return doc ? { referralId: doc.referralId.toHexString(), openedAt: doc.openedAt } : null;
  }

  async openedAtOf(referralId: string): Promise<Date | null> {
    const doc = await this.open
      .findOne({ referralId: new Types.ObjectId(referralId) })
      .lean<OpenReferralDocument>()
      .exec();
    return doc?.openedAt ?? null;
  }

  /** Lets the request get a new referral; only this referral's own mark is removed. */
  async close(referralId: string): Promise<void> {
    await this.open.deleteMany({ referralId: new Types.ObjectId(referralId) }).exec();
  }
}

function toReferral(doc: ReferralDocument): Referral {
  return {
    id: doc._id.toHexString(),
    requestId: doc.requestId.toHexString(),
    offeringId: doc.offeringId.toHexString(),
    providerId: doc.providerId.toHexString(),
    municipalityCode: doc.municipalityCode,
    request: {
      reference: doc.request.reference,
      productCode: doc.request.productCode,
      specialisms: doc.request.specialisms,
      postcode: doc.request.postcode,
      urgency: doc.request.urgency,
    },
    status: doc.status,
    holdExpiresAt: doc.holdExpiresAt,
    createdAt: doc.createdAt,
    createdByUserId: doc.createdByUserId.toHexString(),
    respondedAt: doc.respondedAt ?? null,
    reason: doc.reason ?? null,
  };
}
