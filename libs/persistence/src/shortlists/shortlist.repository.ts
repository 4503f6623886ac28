import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { ShortlistCause, ShortlistOption, ShortlistRevision } from '@wmo/domain';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { SHORTLIST_MODEL, type ShortlistDocument } from './shortlist.schema';

@Injectable()
export class ShortlistRepository {
  constructor(@InjectModel(SHORTLIST_MODEL) private readonly model: Model<ShortlistDocument>) {}

  async latest(requestId: string): Promise<ShortlistRevision | null> {
    if (!isObjectId(requestId)) return null;
    const doc = await this.model
      .findOne({ requestId: new Types.ObjectId(requestId) })
      .sort({ revision: -1 })
      .lean<ShortlistDocument>()
      .exec();
    return doc ? toRevision(doc) : null;
  }

  /**
   * Inserts a revision; returns false when that revision number already exists, which means
   * another recompute got there first and this one must start over from fresh data.
   */
  async insert(revision: ShortlistRevision): Promise<boolean> {
    try {
      await this.model.create({
        ...revision,
        requestId: new Types.ObjectId(revision.requestId),
        options: revision.options.map(plainOption),
        exclusions: [...revision.exclusions],
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async countRevisions(requestId: string): Promise<number> {
    return this.model.countDocuments({ requestId: new Types.ObjectId(requestId) }).exec();
  }
}

function plainOption(option: ShortlistOption): ShortlistOption {
  return { ...option, reasons: option.reasons.map((reason) => ({ ...reason })) };
}

function toRevision(doc: ShortlistDocument): ShortlistRevision {
  const cause: ShortlistCause = { kind: doc.cause.kind };
  return {
    requestId: doc.requestId.toHexString(),
    revision: doc.revision,
    computedAt: doc.computedAt,
    cause: {
      ...cause,
      ...(doc.cause.offeringId ? { offeringId: doc.cause.offeringId } : {}),
      ...(doc.cause.capacityEventId ? { capacityEventId: doc.cause.capacityEventId } : {}),
      ...(doc.cause.referralId ? { referralId: doc.cause.referralId } : {}),
    },
    options: doc.options,
    exclusions: doc.exclusions,
  };
}
