import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { OfferingDocument } from '../offerings/offering.schema';
import type { ProviderDocument } from '../providers/provider.schema';
import type { OpenReferralDocument } from '../referrals/open-referral.schema';
import type { ReferralTransitionDocument } from '../referrals/referral-transition.schema';
import type { ReferralDocument } from '../referrals/referral.schema';
import type { SupportRequestDocument } from '../requests/support-request.schema';

/** Documents exactly as the schemas store them, for loading a large data set in one go. */
export interface BulkDocuments {
  readonly providers: readonly ProviderDocument[];
  readonly offerings: readonly OfferingDocument[];
  readonly supportRequests: readonly SupportRequestDocument[];
  readonly referrals: readonly ReferralDocument[];
  readonly referralTransitions: readonly ReferralTransitionDocument[];
  readonly openReferrals: readonly OpenReferralDocument[];
}

const CHUNK = 1_000;

/**
 * Inserts a prepared data set with the driver's `insertMany`, skipping Mongoose: for the demo
 * (seconds instead of minutes of single writes). The caller makes the documents valid.
 */
@Injectable()
export class BulkLoader {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async load(documents: BulkDocuments): Promise<void> {
    for (const [collection, docs] of Object.entries(documents) as [string, readonly object[]][]) {
      for (let start = 0; start < docs.length; start += CHUNK) {
        await this.connection.collection(collection).insertMany(
          docs.slice(start, start + CHUNK).map((doc) => ({ ...doc })),
          {
            ordered: false,
          },
        );
      }
    }
  }
}
