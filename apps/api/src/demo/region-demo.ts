import { Types } from 'mongoose';
import type { ReferralStatus } from '@wmo/domain';
import type { BulkDocuments } from '@wmo/persistence';
import { generateDataset, Random, toDocuments } from '@wmo/synthetic';

/** The demo's region: deterministic (seeded) synthetic data, generated like the benchmarks'. */
export const REGION_DEMO = {
  seed: 20_261_202,
  requests: 2_500,
  offerings: 300,
  /** Offerings whose capacity report is older than the policy's 14 days. */
  staleShare: 0.12,
} as const;

/**
 * The real gap the demo shows: nobody offers heavy or specialist day care in Wijdemeren (the
 * 2026 specialist product included), so those requests there have no option at all.
 */
export const DEMO_GAP = {
  municipalityCode: 'GM1696',
  productCodes: ['DB_MIDDEL_ZWAAR', 'DB_SPECIALISTISCH'],
} as const;

const DECLINE_REASONS = [
  'Geen plek meer in de groep',
  'Past niet bij onze doelgroep',
  'Reisafstand te groot voor ons team',
  'Wachtlijst is langer dan gemeld',
];
const WITHDRAW_REASON = 'Inwoner kiest toch voor een andere aanbieder';
const DAY_MS = 24 * 60 * 60 * 1000;

/** What happened to a share of the requests before today, as referrals that ended. */
const HISTORY: readonly { status: Exclude<ReferralStatus, 'PENDING'>; share: number }[] = [
  { status: 'ACCEPTED', share: 0.12 },
  { status: 'DECLINED', share: 0.04 },
  { status: 'EXPIRED', share: 0.015 },
  { status: 'WITHDRAWN', share: 0.01 },
];

export interface RegionDemoUsers {
  readonly staffUserId: string;
}

/**
 * The region's providers, offerings and requests, with referrals that ended in every way (a
 * placement, a decline with its reason, an expired hold, a withdrawal) — pending ones are made
 * through the API once it runs, so their holds are real.
 */
export function regionDemoDocuments(asOf: Date, users: RegionDemoUsers): BulkDocuments {
  const dataset = generateDataset({
    scale: 'region',
    requests: REGION_DEMO.requests,
    offerings: REGION_DEMO.offerings,
    seed: REGION_DEMO.seed,
    staleShare: REGION_DEMO.staleShare,
    asOf,
  });
  const base = toDocuments(dataset);
  const offerings = base.offerings.flatMap((offering) => {
    if (!(DEMO_GAP.productCodes as readonly string[]).includes(offering.productCode)) {
      return [offering];
    }
    const served = offering.municipalitiesServed.filter(
      (code) => code !== DEMO_GAP.municipalityCode,
    );
    return served.length > 0 ? [{ ...offering, municipalitiesServed: served }] : [];
  });
  const providerOf = new Map(
    base.providers.map((provider) => [provider._id.toHexString(), provider]),
  );
  const random = new Random(REGION_DEMO.seed + 10);
  const staff = new Types.ObjectId(users.staffUserId);
  const supportRequests = [...base.supportRequests];
  const referrals: BulkDocuments['referrals'][number][] = [];
  const referralTransitions: BulkDocuments['referralTransitions'][number][] = [];
  const openReferrals: BulkDocuments['openReferrals'][number][] = [];
  supportRequests.forEach((request, index) => {
    const ageDays = (asOf.getTime() - request.createdAt.getTime()) / DAY_MS;
    const draw = random.float();
    if (ageDays < 3) return;
    let cumulative = 0;
    const planned = HISTORY.find((entry) => draw < (cumulative += entry.share));
    if (!planned) return;
    const candidates = offerings.filter(
      (offering) =>
        offering.productCode === request.productCode &&
        offering.municipalitiesServed.includes(request.municipalityCode) &&
        !providerOf.get(offering.providerId.toHexString())?.strategicPartner,
    );
    if (candidates.length === 0) return;
    const offering = random.pick(candidates);
    const referredAt = new Date(
      request.createdAt.getTime() + random.float() * (ageDays / 2) * DAY_MS,
    );
    const endedAt = new Date(
      referredAt.getTime() + random.float() * Math.min(5, ageDays / 2) * DAY_MS,
    );
    const referralId = new Types.ObjectId(objectIdFor(random, referredAt));
    const status = planned.status;
    const reason =
      status === 'DECLINED'
        ? random.pick(DECLINE_REASONS)
        : status === 'WITHDRAWN'
          ? WITHDRAW_REASON
          : null;
    referrals.push({
      _id: referralId,
      requestId: request._id,
      offeringId: offering._id,
      providerId: offering.providerId,
      municipalityCode: request.municipalityCode,
      request: {
        reference: request.reference,
        productCode: request.productCode,
        specialisms: [...request.specialisms],
        postcode: request.postcode,
        urgency: request.urgency,
      },
      status,
      holdExpiresAt: new Date(referredAt.getTime() + 7 * DAY_MS),
      createdAt: referredAt,
      createdByUserId: staff,
      respondedAt: status === 'ACCEPTED' || status === 'DECLINED' ? endedAt : null,
      reason,
    });
    const transition = { referralId, requestId: request._id, offeringId: offering._id };
    referralTransitions.push(
      {
        _id: new Types.ObjectId(objectIdFor(random, referredAt)),
        ...transition,
        from: null,
        to: 'PENDING',
        at: referredAt,
        actor: users.staffUserId,
        reason: null,
      },
      {
        _id: new Types.ObjectId(objectIdFor(random, endedAt)),
        ...transition,
        from: 'PENDING',
        to: status,
        at: endedAt,
        // The provider's answer is recorded as the staff user here: the demo has no user per provider.
        actor: status === 'EXPIRED' ? 'system' : users.staffUserId,
        reason,
      },
    );
    if (status === 'ACCEPTED') {
      openReferrals.push({
        _id: new Types.ObjectId(objectIdFor(random, referredAt)),
        requestId: request._id,
        referralId,
        openedAt: referredAt,
      });
    }
    supportRequests[index] = {
      ...request,
      status: status === 'ACCEPTED' ? 'PLACED' : 'OPEN',
      excludedOfferingIds:
        status === 'DECLINED'
          ? [...request.excludedOfferingIds, offering._id.toHexString()]
          : request.excludedOfferingIds,
      createdByUserId: staff,
      updatedAt: endedAt,
    };
  });
  return {
    providers: base.providers,
    offerings,
    supportRequests: supportRequests.map((request) => ({ ...request, createdByUserId: staff })),
    referrals,
    referralTransitions,
    openReferrals,
  };
}

/** A deterministic ObjectId whose time part is `at` (so ids sort like their records). */
function objectIdFor(random: Random, at: Date): string {
  return (
    Math.floor(at.getTime() / 1000)
      .toString(16)
      .padStart(8, '0') + random.hex16()
  );
}
