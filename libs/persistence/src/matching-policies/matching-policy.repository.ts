import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { MatchingPolicy } from '@wmo/domain';
import { isDuplicateKeyError } from '../object-ids';
import { MATCHING_POLICY_MODEL, type MatchingPolicyDocument } from './matching-policy.schema';

export interface StoredMatchingPolicy {
  readonly municipalityCode: string;
  readonly version: number;
  readonly policy: MatchingPolicy;
  readonly changedByUserId: string;
  readonly changedAt: Date;
}

@Injectable()
export class MatchingPolicyRepository {
  constructor(
    @InjectModel(MATCHING_POLICY_MODEL) private readonly model: Model<MatchingPolicyDocument>,
  ) {}

  async latest(municipalityCode: string): Promise<StoredMatchingPolicy | null> {
    const doc = await this.model
      .findOne({ municipalityCode })
      .sort({ version: -1 })
      .lean<MatchingPolicyDocument>()
      .exec();
    return doc ? toStored(doc) : null;
  }

  /** The newest version of every municipality that has one. */
  async latestOfAll(): Promise<StoredMatchingPolicy[]> {
    const docs = await this.model
      .find({})
      .sort({ municipalityCode: 1, version: -1 })
      .lean<MatchingPolicyDocument[]>()
      .exec();
    const newest = new Map<string, StoredMatchingPolicy>();
    for (const doc of docs) {
      if (!newest.has(doc.municipalityCode)) newest.set(doc.municipalityCode, toStored(doc));
    }
    return [...newest.values()];
  }

  /** Stores `version`; false when another change took that version first. */
  async insert(entry: StoredMatchingPolicy): Promise<boolean> {
    try {
      await this.model.create({
        ...entry,
        changedByUserId: new Types.ObjectId(entry.changedByUserId),
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

function toStored(doc: MatchingPolicyDocument): StoredMatchingPolicy {
  return {
    municipalityCode: doc.municipalityCode,
    version: doc.version,
    policy: doc.policy,
    changedByUserId: doc.changedByUserId.toHexString(),
    changedAt: doc.changedAt,
  };
}
