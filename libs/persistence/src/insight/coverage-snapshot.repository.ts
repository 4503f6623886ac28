import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { isDuplicateKeyError } from '../object-ids';
import {
  COVERAGE_SNAPSHOT_MODEL,
  type CoverageCellDocument,
  type CoverageSnapshotDocument,
} from './coverage-snapshot.schema';

export type CoverageCell = Readonly<CoverageCellDocument>;

export interface CoverageSnapshot {
  /** The day in Amsterdam, `YYYY-MM-DD`. */
  readonly day: string;
  readonly takenAt: Date;
  readonly cells: readonly CoverageCell[];
}

@Injectable()
export class CoverageSnapshotRepository {
  constructor(
    @InjectModel(COVERAGE_SNAPSHOT_MODEL) private readonly model: Model<CoverageSnapshotDocument>,
  ) {}

  /** Stores the day's snapshot; false when that day already has one (it is kept). */
  async insert(snapshot: CoverageSnapshot): Promise<boolean> {
    try {
      await this.model.create({
        _id: snapshot.day,
        takenAt: snapshot.takenAt,
        cells: snapshot.cells.map((cell) => ({ ...cell })),
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async has(day: string): Promise<boolean> {
    return (await this.model.exists({ _id: day })) !== null;
  }

  /** The snapshots from `fromDay` on (inclusive), oldest first. */
  async since(fromDay: string): Promise<CoverageSnapshot[]> {
    const docs = await this.model
      .find({ _id: { $gte: fromDay } })
      .sort({ _id: 1 })
      .lean<CoverageSnapshotDocument[]>()
      .exec();
    return docs.map((doc) => ({ day: doc._id, takenAt: doc.takenAt, cells: doc.cells }));
  }
}
