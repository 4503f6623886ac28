import { Injectable } from '@nestjs/common';
import {
  capacityDiffers,
  planHsdsImport,
  readHsdsDocument,
  toHsdsDocument,
  type Actor,
  type HsdsDocument,
  type HsdsImportPlan,
  type HsdsRejection,
  type ImportedOffering,
  type ImportedProvider,
  type Offering,
  type Provider,
} from '@wmo/domain';
import { exchangeObjectId, OfferingRepository, ProviderRepository } from '@wmo/persistence';
import { Financing } from '../graphql/enums';
import { OfferingService } from '../offerings/offering.service';
import { HSDS_REFERENCE } from './exchange-reference';

export interface HsdsImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface HsdsImportReport {
  readonly dryRun: boolean;
  /** True when the changes were written: not a dry run and no record rejected. */
  readonly applied: boolean;
  readonly organizations: HsdsImportCounts;
  readonly services: HsdsImportCounts;
  readonly rejected: readonly HsdsRejection[];
}

/**
 * Providers and offerings as Open Referral HSDS: export, and import that validates the whole
 * file first and writes nothing when any record is rejected. Writes are idempotent upserts
 * under ids derived from the HSDS ids (exchangeObjectId), and every offering goes through the
 * OfferingService, so the matcher hears of it as of any other change. FerretDB has no
 * transactions: an import that stops half-way leaves some records written; running the same
 * file again plans against what is there now and completes it (docs/exports.md).
 */
@Injectable()
export class HsdsExchangeService {
  constructor(
    private readonly providers: ProviderRepository,
    private readonly offerings: OfferingRepository,
    private readonly offeringService: OfferingService,
  ) {}

  async export(): Promise<HsdsDocument> {
    const [providers, offerings] = await Promise.all([
      this.providers.findAllWithExternalIds(),
      this.offerings.findAllWithExternalIds(),
    ]);
    return toHsdsDocument(
      providers.map(({ record, externalId }) => ({ record, hsdsId: externalId ?? record.id })),
      offerings.map(({ record, externalId }) => ({ record, hsdsId: externalId ?? record.id })),
      HSDS_REFERENCE,
    );
  }

  async import(actor: Actor, document: unknown, dryRun: boolean): Promise<HsdsImportReport> {
    const reading = readHsdsDocument(document, HSDS_REFERENCE);
    const providerIdOf = (hsdsId: string) => exchangeObjectId('provider', hsdsId);
    const offeringIdOf = (hsdsId: string) => exchangeObjectId('offering', hsdsId);
    const [providers, offerings] = await Promise.all([
      this.providers.findByIds(reading.providers.map((p) => providerIdOf(p.hsdsId))),
      this.offerings.findByIds(reading.offerings.map((o) => offeringIdOf(o.hsdsId))),
    ]);
    const providerById = new Map(providers.map((provider) => [provider.id, provider]));
    const offeringById = new Map(offerings.map((offering) => [offering.id, offering]));
    const plan = planHsdsImport(reading, {
      providers: byHsdsId(reading.providers, providerById, providerIdOf),
      offerings: byHsdsId(reading.offerings, offeringById, offeringIdOf),
      providerIdOf,
    });
    const applied = !dryRun && plan.rejections.length === 0;
    if (applied) await this.apply(actor, plan, offeringById, providerIdOf, offeringIdOf);
    return {
      dryRun,
      applied,
      organizations: counts(plan.providers),
      services: counts(plan.offerings),
      rejected: plan.rejections,
    };
  }

  /**
   * Providers first, then offerings: a re-run after a crash finds every provider an offering
   * needs. Unchanged offerings are announced as new, because an interrupted run may have written
   * them without announcing them; the matcher weighs them again, which changes nothing when it
   * had heard of them.
   */
  private async apply(
    actor: Actor,
    plan: HsdsImportPlan,
    current: ReadonlyMap<string, Offering>,
    providerIdOf: (hsdsId: string) => string,
    offeringIdOf: (hsdsId: string) => string,
  ): Promise<void> {
    for (const provider of plan.providers.create) {
      const id = providerIdOf(provider.hsdsId);
      await this.providers.createWithId(id, providerFields(provider), externalIdOf(id, provider));
    }
    for (const provider of plan.providers.update) {
      await this.providers.update(providerIdOf(provider.hsdsId), providerFields(provider));
    }
    for (const offering of plan.offerings.create) {
      const id = offeringIdOf(offering.hsdsId);
      await this.offeringService.create(
        actor,
        {
          providerId: providerIdOf(offering.organizationHsdsId),
          productCode: offering.productCode,
          specialisms: [...offering.specialisms],
          postcode: offering.postcode,
          municipalitiesServed: [...offering.municipalitiesServed],
          maxTravelKm: offering.maxTravelKm,
          totalPlaces: offering.totalPlaces,
          freePlaces: offering.freePlaces,
          waitingWeeks: offering.waitingWeeks,
          financing: offering.financing.map((form) => Financing[form]),
        },
        {
          id,
          externalId: externalIdOf(id, offering),
          capacityUpdatedAt: offering.capacityUpdatedAt,
        },
      );
    }
    for (const offering of plan.offerings.update) {
      const id = offeringIdOf(offering.hsdsId);
      await this.offeringService.update(actor, {
        offeringId: id,
        specialisms: [...offering.specialisms],
        postcode: offering.postcode,
        municipalitiesServed: [...offering.municipalitiesServed],
        maxTravelKm: offering.maxTravelKm,
        financing: offering.financing.map((form) => Financing[form]),
      });
      const before = current.get(id);
      if (!before || capacityDiffers(before, offering)) {
        await this.offeringService.updateCapacity(
          actor,
          {
            offeringId: id,
            freePlaces: offering.freePlaces,
            waitingWeeks: offering.waitingWeeks,
            totalPlaces: offering.totalPlaces,
          },
          offering.capacityUpdatedAt,
        );
      }
    }
    const announced = new Set(plan.offerings.unchanged.map((o) => offeringIdOf(o.hsdsId)));
    // A provider's strategic partnership and languages count in matching: its offerings too.
    const changedProviders = new Set(plan.providers.update.map((p) => providerIdOf(p.hsdsId)));
    if (changedProviders.size > 0) {
      for (const offering of await this.offerings.find({ providerIds: [...changedProviders] })) {
        announced.add(offering.id);
      }
    }
    for (const id of announced) await this.offeringService.announceAsNew(id);
  }
}

function byHsdsId<T extends { hsdsId: string }, R>(
  records: readonly T[],
  existing: ReadonlyMap<string, R>,
  idOf: (hsdsId: string) => string,
): Map<string, R> {
  const found = new Map<string, R>();
  for (const record of records) {
    const current = existing.get(idOf(record.hsdsId));
    if (current) found.set(record.hsdsId, current);
  }
  return found;
}

function providerFields(provider: ImportedProvider): Omit<Provider, 'id' | 'createdAt'> {
  return {
    name: provider.name,
    strategicPartner: provider.strategicPartner,
    languages: [...provider.languages],
    kvkNumber: provider.kvkNumber,
    agbCode: provider.agbCode,
  };
}

/** The HSDS id is kept only when it is not the platform id itself. */
function externalIdOf(id: string, record: ImportedProvider | ImportedOffering): string | null {
  return record.hsdsId === id ? null : record.hsdsId;
}

function counts(changes: HsdsImportPlan['providers'] | HsdsImportPlan['offerings']) {
  return {
    created: changes.create.length,
    updated: changes.update.length,
    unchanged: changes.unchanged.length,
  };
}
