import type { ShortlistRevision } from '@wmo/domain';
import type { ShortlistModel } from './shortlist.types';

export function toShortlistModel(revision: ShortlistRevision): ShortlistModel {
  return {
    requestId: revision.requestId,
    revision: revision.revision,
    computedAt: revision.computedAt,
    cause: {
      kind: revision.cause.kind,
      offeringId: revision.cause.offeringId ?? null,
      capacityEventId: revision.cause.capacityEventId ?? null,
      referralId: revision.cause.referralId ?? null,
    },
    options: revision.options.map((option) => ({
      ...option,
      reasons: option.reasons.map((reason) => ({ ...reason })),
    })),
  };
}
