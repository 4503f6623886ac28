import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { anonymisedReference, FINISHED_REQUEST_STATUSES } from '@wmo/domain';
import { REFERRAL_TRANSITION_MODEL } from '../referrals/referral-transition.schema';
import { REFERRAL_MODEL } from '../referrals/referral.schema';
import { RESIDENT_LINK_MODEL } from '../resident-links/resident-link.schema';
import { SHORTLIST_MODEL } from '../shortlists/shortlist.schema';
import { SUPPORT_REQUEST_MODEL } from '../requests/support-request.schema';

/**
 * What the retention job removes, in batches. It acts for the system, over every municipality.
 * Every step is safe to repeat: a request is marked anonymised only after everything that
 * belongs to it has been removed, so a run cut short finds it again and finishes it.
 *
 * Writes go to the driver's collections directly: `anonymisedAt` is the job's own mark, not a
 * field the rest of the platform reads.
 */
@Injectable()
export class RetentionRepository {
  constructor(
    @InjectModel(SUPPORT_REQUEST_MODEL) private readonly requests: Model<unknown>,
    @InjectModel(SHORTLIST_MODEL) private readonly shortlists: Model<unknown>,
    @InjectModel(RESIDENT_LINK_MODEL) private readonly links: Model<unknown>,
    @InjectModel(REFERRAL_MODEL) private readonly referrals: Model<unknown>,
    @InjectModel(REFERRAL_TRANSITION_MODEL) private readonly transitions: Model<unknown>,
  ) {}

  /** Finished requests last changed before `before` and not anonymised yet, oldest first. */
  async finishedRequestIds(before: Date, limit: number): Promise<string[]> {
    const docs = await this.requests.collection
      .find(
        {
          status: { $in: [...FINISHED_REQUEST_STATUSES] },
          updatedAt: { $lt: before },
          anonymisedAt: null,
        },
        { projection: { _id: 1 } },
      )
      .sort({ updatedAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map((doc) => (doc._id as Types.ObjectId).toHexString());
  }

  /** Deletes the request's shortlist revisions; answers how many. */
  async deleteShortlistsOf(requestIds: readonly string[]): Promise<number> {
    const result = await this.shortlists.collection.deleteMany({
      requestId: { $in: requestIds.map((id) => new Types.ObjectId(id)) },
    });
    return result.deletedCount;
  }

  /** Deletes the request's resident links, active or not; answers how many. */
  async deleteLinksOf(requestIds: readonly string[]): Promise<number> {
    const result = await this.links.collection.deleteMany({
      requestId: { $in: requestIds.map((id) => new Types.ObjectId(id)) },
    });
    return result.deletedCount;
  }

  /**
   * The referrals keep a copy of the request for providers: the reference, PC4, target groups
   * and the free-text reasons go; product, municipality, status and dates stay for the figures.
   */
  async anonymiseReferralsOf(requestIds: readonly string[]): Promise<number> {
    let changed = 0;
    for (const requestId of requestIds) {
      const id = new Types.ObjectId(requestId);
      const result = await this.referrals.collection.updateMany(
        { requestId: id },
        {
          $set: {
            'request.reference': anonymisedReference(requestId),
            'request.postcode': '',
            'request.specialisms': [],
            reason: null,
          },
        },
      );
      changed += result.modifiedCount;
      await this.transitions.collection.updateMany({ requestId: id }, { $set: { reason: null } });
    }
    return changed;
  }

  /**
   * The request keeps municipality, product, urgency, status and dates (the coverage and
   * placement-time figures); everything that could point at the resident goes. Marked last.
   */
  async anonymiseRequests(requestIds: readonly string[], now: Date): Promise<number> {
    let changed = 0;
    for (const requestId of requestIds) {
      const result = await this.requests.collection.updateOne(
        { _id: new Types.ObjectId(requestId), anonymisedAt: null },
        {
          $set: {
            reference: anonymisedReference(requestId),
            postcode: '',
            specialisms: [],
            preferredLanguages: [],
            requiredLanguages: [],
            strategicPartnerMismatch: '',
            excludedProviderIds: [],
            excludedOfferingIds: [],
            preferredOfferingId: null,
            maxDistanceKm: null,
            maxWaitingWeeks: null,
            financing: null,
            anonymisedAt: now,
          },
        },
      );
      changed += result.modifiedCount;
    }
    return changed;
  }

  /** Deletes up to `limit` links that expired or were revoked before `now`; answers how many. */
  async purgeEndedLinks(now: Date, limit: number): Promise<number> {
    const docs = await this.links.collection
      .find(
        { $or: [{ expiresAt: { $lte: now } }, { revokedAt: { $ne: null } }] },
        { projection: { _id: 1 } },
      )
      .limit(limit)
      .toArray();
    if (docs.length === 0) return 0;
    const result = await this.links.collection.deleteMany({
      _id: { $in: docs.map((doc) => doc._id) },
    });
    return result.deletedCount;
  }
}
