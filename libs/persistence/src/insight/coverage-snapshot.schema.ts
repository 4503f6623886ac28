import { Schema } from 'mongoose';

export const COVERAGE_SNAPSHOT_MODEL = 'CoverageSnapshot';

/** Open requests of one product in one municipality on one day (no target group, no PC4). */
export interface CoverageCellDocument {
  productCode: string;
  municipalityCode: string;
  open: number;
  noOption: number;
  fewerThanThree: number;
  waitingListOnly: number;
}

/**
 * The region's coverage on one day, kept for the daily series. `_id` is the day in Amsterdam
 * (`2026-12-02`): the first snapshot of a day is kept, a second one fails on the `_id` — so a
 * retried or doubled job changes nothing, on FerretDB as on MongoDB.
 */
export interface CoverageSnapshotDocument {
  _id: string;
  takenAt: Date;
  cells: CoverageCellDocument[];
}

export const coverageSnapshotSchema = new Schema<CoverageSnapshotDocument>(
  {
    _id: { type: String, required: true },
    takenAt: { type: Date, required: true },
    cells: {
      type: [
        new Schema<CoverageCellDocument>(
          {
            productCode: { type: String, required: true },
            municipalityCode: { type: String, required: true },
            open: { type: Number, required: true },
            noOption: { type: Number, required: true },
            fewerThanThree: { type: Number, required: true },
            waitingListOnly: { type: Number, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { collection: 'coverageSnapshots', versionKey: false },
);
