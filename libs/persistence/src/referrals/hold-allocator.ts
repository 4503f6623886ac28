import { Injectable } from '@nestjs/common';
import { ConflictError, holdWindow, type Offering } from '@wmo/domain';
import { OfferingRepository } from '../offerings/offering.repository';
import { HoldRepository } from './hold.repository';

/** A capacity report that keeps changing under a referral is rare; give up after this. */
const MAX_ATTEMPTS = 3;

/** Takes one free place of an offering for a referral; see HoldRepository for the invariant. */
@Injectable()
export class HoldAllocator {
  constructor(
    private readonly holds: HoldRepository,
    private readonly offerings: OfferingRepository,
  ) {}

  /** The slot taken, or null when no place is free. */
  async take(offering: Offering, referralId: string, at: Date): Promise<number | null> {
    let report = offering;
    for (let attempt = 1; ; attempt++) {
      const slot = await this.takeUnder(report, referralId, at);
      if (slot === null) return null;
      const current = await this.offerings.findById(report.id);
      if (current && sameReport(current, report)) return slot;
      // Checked against a report that is no longer current: not granted.
      await this.holds.release(referralId);
      if (!current) return null;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConflictError('Dit aanbod wordt net bijgewerkt. Probeer het zo opnieuw.');
      }
      report = current;
    }
  }

  /** A cheap look before any write: false when no place can be held now. */
  async hasFreePlace(offering: Offering): Promise<boolean> {
    const taken = await this.holds.takenSlots(offering.id, offering.capacityUpdatedAt);
    return holdWindow(offering.freePlaces, taken).freeSlots.length > 0;
  }

  private async takeUnder(report: Offering, referralId: string, at: Date): Promise<number | null> {
    const taken = await this.holds.takenSlots(report.id, report.capacityUpdatedAt);
    const window = holdWindow(report.freePlaces, taken);
    for (const slot of window.freeSlots) {
      if (await this.holds.tryTake(report.id, slot, referralId, at)) return slot;
    }
    return null;
  }
}

function sameReport(a: Offering, b: Offering): boolean {
  return (
    a.freePlaces === b.freePlaces && a.capacityUpdatedAt.getTime() === b.capacityUpdatedAt.getTime()
  );
}
