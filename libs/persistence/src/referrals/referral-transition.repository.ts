import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import {
  mayReadCaseFile,
  type RecordScope,
  type ReferralStatus,
  type ReferralTransition,
  type SupportRequest,
} from '@wmo/domain';
import { isDuplicateKeyError } from '../object-ids';
import {
  REFERRAL_TRANSITION_MODEL,
  type ReferralTransitionDocument,
} from './referral-transition.schema';

@Injectable()
export class ReferralTransitionRepository implements OnModuleInit {
  constructor(
    @InjectModel(REFERRAL_TRANSITION_MODEL)
    private readonly model: Model<ReferralTransitionDocument>,
  ) {}

  /** The unique (referral, from) index decides races: it must exist before the first move. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** Records a move; false when another move out of the same status was recorded first. */
  async record(transition: ReferralTransition): Promise<boolean> {
    try {
      await this.model.create({
        ...transition,
        referralId: new Types.ObjectId(transition.referralId),
        requestId: new Types.ObjectId(transition.requestId),
        offeringId: new Types.ObjectId(transition.offeringId),
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** The move recorded out of `from`, if any. */
  async from(referralId: string, from: ReferralStatus): Promise<ReferralTransition | null> {
    const doc = await this.model
      .findOne({ referralId: new Types.ObjectId(referralId), from })
      .lean<ReferralTransitionDocument>()
      .exec();
    return doc ? toTransition(doc) : null;
  }

  /** Every move of every referral of a request, oldest first; none outside the scope. */
  async ofRequest(
    scope: RecordScope,
    request: Pick<SupportRequest, 'id' | 'municipalityCode'>,
  ): Promise<ReferralTransition[]> {
    if (!mayReadCaseFile(scope, request)) return [];
    const docs = await this.model
      .find({ requestId: new Types.ObjectId(request.id) })
      .sort({ at: 1, _id: 1 })
      .lean<ReferralTransitionDocument[]>()
      .exec();
    return docs.map(toTransition);
  }
}

function toTransition(doc: ReferralTransitionDocument): ReferralTransition {
  return {
    referralId: doc.referralId.toHexString(),
    requestId: doc.requestId.toHexString(),
    offeringId: doc.offeringId.toHexString(),
    from: doc.from ?? null,
    to: doc.to,
    at: doc.at,
    actor: doc.actor,
    reason: doc.reason ?? null,
  };
}
