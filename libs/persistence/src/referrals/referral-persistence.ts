import { HoldAllocator } from './hold-allocator';
import { HoldRepository } from './hold.repository';
import { holdSchema, HOLD_MODEL } from './hold.schema';
import { openReferralSchema, OPEN_REFERRAL_MODEL } from './open-referral.schema';
import { ReferralLedger } from './referral-ledger';
import { ReferralTransitionRepository } from './referral-transition.repository';
import { referralTransitionSchema, REFERRAL_TRANSITION_MODEL } from './referral-transition.schema';
import { ReferralRepository } from './referral.repository';
import { referralSchema, REFERRAL_MODEL } from './referral.schema';

/** What PersistenceModule registers for referrals and holds. */
export const referralModels = [
  { name: REFERRAL_MODEL, schema: referralSchema },
  { name: OPEN_REFERRAL_MODEL, schema: openReferralSchema },
  { name: HOLD_MODEL, schema: holdSchema },
  { name: REFERRAL_TRANSITION_MODEL, schema: referralTransitionSchema },
];

export const referralProviders = [
  HoldRepository,
  HoldAllocator,
  ReferralRepository,
  ReferralTransitionRepository,
  ReferralLedger,
];
