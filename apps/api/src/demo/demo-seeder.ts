import { Injectable, Logger } from '@nestjs/common';
import { SystemScope } from '@wmo/domain';
import {
  BulkLoader,
  OfferingRepository,
  ProviderRepository,
  SupportRequestRepository,
  UserRepository,
} from '@wmo/persistence';
import { MatchingQueue } from '@wmo/queue';
import { hashPassword } from '../auth/password-hasher';
import {
  DEMO_OFFERINGS,
  DEMO_PASSWORD,
  DEMO_PROVIDERS,
  DEMO_REQUESTS,
  REGION_MUNICIPALITIES,
} from './demo-data';
import { regionDemoDocuments } from './region-demo';

export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.local',
  staff: 'consulent@demo.local',
  provider: 'aanbieder@demo.local',
  policy: 'beleid@demo.local',
} as const;

/** Fills an empty database with the demo set; leaves a database that has it alone. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly users: UserRepository,
    private readonly providers: ProviderRepository,
    private readonly offerings: OfferingRepository,
    private readonly requests: SupportRequestRepository,
    private readonly queue: MatchingQueue,
    private readonly bulk: BulkLoader,
  ) {}

  async run(): Promise<'seeded' | 'already-seeded'> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const admin = await this.users.create({
      email: DEMO_ACCOUNTS.admin,
      name: 'Bram Beheer',
      passwordHash,
      role: 'ADMIN',
      municipalityCodes: [],
      providerId: null,
    });
    if (!admin) return 'already-seeded';

    const providerIds = new Map<string, string>();
    for (const demo of DEMO_PROVIDERS) {
      const provider = await this.providers.create({
        name: demo.name,
        strategicPartner: demo.strategicPartner,
        languages: demo.languages,
        kvkNumber: null,
        agbCode: null,
      });
      providerIds.set(demo.key, provider.id);
    }
    for (const demo of DEMO_OFFERINGS) {
      const { provider, ...rest } = demo;
      const offering = await this.offerings.create(
        { ...rest, providerId: providerIds.get(provider) ?? '' },
        admin.id,
      );
      await this.queue.offeringChanged({
        offeringId: offering.id,
        cause: { kind: 'OFFERING_CHANGED', offeringId: offering.id },
      });
    }
    const staff = await this.users.create({
      email: DEMO_ACCOUNTS.staff,
      name: 'Sanne de Vries',
      passwordHash,
      role: 'STAFF',
      municipalityCodes: REGION_MUNICIPALITIES,
      providerId: null,
    });
    await this.users.create({
      email: DEMO_ACCOUNTS.policy,
      name: 'Lotte Jansen',
      passwordHash,
      role: 'POLICY',
      municipalityCodes: REGION_MUNICIPALITIES,
      providerId: null,
    });
    await this.users.create({
      email: DEMO_ACCOUNTS.provider,
      name: 'Ahmed Yilmaz',
      passwordHash,
      role: 'PROVIDER',
      municipalityCodes: [],
      providerId: providerIds.get('vechtbegeleiding') ?? null,
    });
    for (const demo of DEMO_REQUESTS) {
      const { languages, ...rest } = demo;
      const request = await this.requests.create(SystemScope.of('demo:seed'), {
        ...rest,
        preferredLanguages: languages,
        requiredLanguages: [],
        financing: null,
        excludeStrategicPartners: true,
        excludedProviderIds: [],
        acceptsWaitingList: false,
        maxWaitingWeeks: null,
        createdByUserId: staff?.id ?? admin.id,
      });
      await this.queue.requestChanged({
        requestId: request.id,
        cause: { kind: 'REQUEST_CREATED' },
      });
    }
    const region = regionDemoDocuments(new Date(), { staffUserId: staff?.id ?? admin.id });
    await this.bulk.load(region);
    // The worker's normal path computes the shortlists: every open request on the backlog.
    await this.queue.recomputeShortlists(
      region.supportRequests
        .filter((request) => request.status === 'OPEN')
        .map((request) => ({
          requestId: request._id.toHexString(),
          cause: { kind: 'REQUEST_CREATED' as const },
        })),
    );
    await this.queue.coverageSnapshot({ trigger: 'admin' });
    this.logger.log(
      `demo data: ${DEMO_PROVIDERS.length + region.providers.length} providers, ` +
        `${DEMO_OFFERINGS.length + region.offerings.length} offerings, ` +
        `${DEMO_REQUESTS.length + region.supportRequests.length} requests, ` +
        `${region.referrals.length} referrals that ended`,
    );
    return 'seeded';
  }
}
