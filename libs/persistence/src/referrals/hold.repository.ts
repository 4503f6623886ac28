/**
 * Holds: why an offering is never over-allocated, on MongoDB and on FerretDB alike.
 *
 * Invariant: whenever a hold has been granted under an offering's current capacity report
 * (free places F), pending holds + placements accepted after that report <= F. Holds granted
 * before a lower report may exceed F ("capacityBelowHolds"); then no hold is granted until
 * enough of them are released.
 *
 * Why it holds without transactions or atomic conditional updates (FerretDB has neither):
 * 1. A hold takes a slot: an insert of (offeringId, slot) under a unique index. Both databases
 *    enforce unique indexes atomically; there is no counter to $inc.
 * 2. A referral reads the report and the taken slots and tries only slots below holdWindow's
 *    `top`, where top + (taken slots >= top) <= F. Of the holds granted under one report, the
 *    one that read the highest `top` bounds them all: below it there are at most `top` slots,
 *    and the slots at or above it were taken before the report, so that referral counted them.
 * 3. After its insert, a referral re-reads the report; if it changed, it gives the slot back and
 *    starts again (HoldAllocator). So every granted hold was checked against a current report.
 * 4. Accepting keeps the slot and sets placedAt: the place stays taken, one free place fewer.
 *    A later capacity report already includes that placement, so placements with
 *    placedAt <= capacityUpdatedAt are not counted any more and their slots are deleted.
 * 5. Declining, withdrawing and expiring delete the referral's own slot; others may take it.
 * Deletes and inserts are single-document operations, atomic on both databases.
 * Limit: a placement accepted in the very instant of a capacity report, on a server whose clock
 * runs behind, may count as already reported.
 */
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { OfferingRepository } from '../offerings/offering.repository';
import { HOLD_MODEL, type HoldDocument } from './hold.schema';

/** Places taken from an offering's last capacity report. */
export interface Occupancy {
  /** Pending holds. */
  readonly held: number;
  /** Placements accepted after the last capacity report. */
  readonly placed: number;
}

export interface CapacityReport {
  readonly offeringId: string;
  readonly capacityUpdatedAt: Date;
}

type SlotRow = Pick<HoldDocument, 'offeringId' | 'placedAt'>;

@Injectable()
export class HoldRepository implements OnModuleInit {
  constructor(
    @InjectModel(HOLD_MODEL) private readonly model: Model<HoldDocument>,
    private readonly offerings: OfferingRepository,
  ) {}

  /** The unique index is the invariant: no hold may be taken before it exists. */
  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /**
   * The slots taken under the current capacity report. Slots of placements that the report
   * already includes are freed on the way (they rarely exist, so this seldom writes).
   */
  async takenSlots(offeringId: string, reportedAt: Date): Promise<number[]> {
    const docs = await this.model
      .find({ offeringId: new Types.ObjectId(offeringId) }, { slot: 1, placedAt: 1 })
      .lean<Pick<HoldDocument, 'slot' | 'placedAt'>[]>()
      .exec();
    const reported = (doc: Pick<HoldDocument, 'placedAt'>) =>
      doc.placedAt !== null && doc.placedAt.getTime() <= reportedAt.getTime();
    if (docs.some(reported)) await this.absorbPlacements(offeringId, reportedAt);
    return docs.filter((doc) => !reported(doc)).map((doc) => doc.slot);
  }

  /** Takes the slot for a referral; false when someone else has it. */
  async tryTake(offeringId: string, slot: number, referralId: string, at: Date): Promise<boolean> {
    try {
      await this.model.create({
        offeringId: new Types.ObjectId(offeringId),
        slot,
        referralId: new Types.ObjectId(referralId),
        takenAt: at,
        placedAt: null,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Gives the referral's place back (idempotent). */
  async release(referralId: string): Promise<void> {
    await this.model.deleteMany({ referralId: new Types.ObjectId(referralId) }).exec();
  }

  /** The hold becomes a placement: its slot stays taken until the next capacity report. */
  async markPlaced(referralId: string, at: Date): Promise<void> {
    await this.model
      .updateMany({ referralId: new Types.ObjectId(referralId) }, { $set: { placedAt: at } })
      .exec();
  }

  /** Frees the slots of placements that the current capacity report already includes. */
  private async absorbPlacements(offeringId: string, reportedAt: Date): Promise<void> {
    await this.model
      .deleteMany({ offeringId: new Types.ObjectId(offeringId), placedAt: { $lte: reportedAt } })
      .exec();
  }

  /** When the referral's oldest slot was taken; null when it holds none. */
  async takenAtOf(referralId: string): Promise<Date | null> {
    const doc = await this.model
      .findOne({ referralId: new Types.ObjectId(referralId) }, { takenAt: 1 })
      .sort({ takenAt: 1 })
      .lean<Pick<HoldDocument, 'takenAt'>>()
      .exec();
    return doc?.takenAt ?? null;
  }

  /**
   * Places taken from each offering's last reported free places: pending holds plus placements
   * not yet reported. The matching engine subtracts this from freePlaces (its `heldPlaces`):
   * offerable now = freePlaces - countActive.
   */
  async countActive(offeringIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.rowsOf(offeringIds);
    const placedIn = [...new Set(rows.filter((row) => row.placedAt).map(offeringIdOf))];
    const reports = placedIn.length > 0 ? await this.offerings.findByIds(placedIn) : [];
    const occupancy = tally(
      rows,
      new Map(reports.map((offering) => [offering.id, offering.capacityUpdatedAt])),
    );
    return new Map([...occupancy].map(([id, { held, placed }]) => [id, held + placed]));
  }

  /** Like countActive, split into holds and placements, for offerings already loaded. */
  async occupancy(reports: readonly CapacityReport[]): Promise<Map<string, Occupancy>> {
    const rows = await this.rowsOf(reports.map((report) => report.offeringId));
    return tally(
      rows,
      new Map(reports.map((report) => [report.offeringId, report.capacityUpdatedAt])),
    );
  }

  private async rowsOf(offeringIds: readonly string[]): Promise<SlotRow[]> {
    const ids = [...new Set(offeringIds.filter(isObjectId))].map((id) => new Types.ObjectId(id));
    if (ids.length === 0) return [];
    return this.model
      .find({ offeringId: { $in: ids } }, { offeringId: 1, placedAt: 1 })
      .lean<SlotRow[]>()
      .exec();
  }
}

function offeringIdOf(row: SlotRow): string {
  return row.offeringId.toHexString();
}

function tally(rows: readonly SlotRow[], reportedAt: Map<string, Date>): Map<string, Occupancy> {
  const counts = new Map<string, { held: number; placed: number }>();
  for (const row of rows) {
    const id = offeringIdOf(row);
    const count = counts.get(id) ?? { held: 0, placed: 0 };
    if (!row.placedAt) count.held += 1;
    else if (row.placedAt.getTime() > (reportedAt.get(id)?.getTime() ?? -Infinity)) {
      count.placed += 1;
    }
    counts.set(id, count);
  }
  return counts;
}
