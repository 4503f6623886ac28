import type { RevisionAnnouncements, QueueWatch } from './observers';
import type { PhaseLog } from './phases';

const POLL_MS = 1_000;
const REPORT_EVERY_MS = 10_000;

/**
 * Waits until the matching queue has had nothing waiting, delayed or active for two polls in a
 * row (every job of the burst was queued before its mutation answered), or until `deadline`.
 * Polls only Redis: reading shortlists from FerretDB while the worker runs would compete with
 * it for the database (see RESULTS.md).
 */
export async function waitUntilQuiet(
  watch: QueueWatch,
  announcements: RevisionAnnouncements,
  t0: number,
  deadline: number,
  phases: PhaseLog,
): Promise<string> {
  let idlePolls = 0;
  let lastReport = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const depth = await watch.depth();
    idlePolls = depth.pending === 0 ? idlePolls + 1 : 0;
    if (idlePolls >= 2) return 'queue drained';
    if (Date.now() - lastReport >= REPORT_EVERY_MS) {
      lastReport = Date.now();
      const { stored, unchanged, skipped } = watch.outcomes;
      phases.log(
        `t0+${Math.round((Date.now() - t0) / 1000)} s: queue waiting ${depth.waiting}, ` +
          `active ${depth.active}, delayed ${depth.delayed}, failed ${depth.failed}; ` +
          `offering-changed done ${watch.changesDone}; recomputes stored ${stored}, ` +
          `unchanged ${unchanged}, skipped ${skipped}; revisions announced ${announcements.count}`,
      );
    }
  }
  return `deadline, ${Math.round((deadline - t0) / 1000)} s after t0`;
}
