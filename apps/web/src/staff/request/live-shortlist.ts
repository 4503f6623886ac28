import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { StaffShortlistFieldsFragment } from '../../gql/graphql';
import { isNewerShortlist, newerShortlist } from '../../shared/shortlist-revision';

graphql(`
  fragment StaffShortlistFields on Shortlist {
    requestId
    revision
    computedAt
    cause {
      kind
    }
    options {
      rank
      score
      providerId
      providerName
      distanceKm
      waitingWeeks
      freePlaces
      waitingList
      stale
      reasons {
        code
        label
        points
      }
      offering {
        id
        capacityUpdatedAt
      }
    }
    exclusions {
      code
      label
      count
    }
  }
`);

const StaffShortlistUpdated = graphql(`
  subscription StaffShortlistUpdated($requestId: ID!) {
    shortlistUpdated(requestId: $requestId) {
      ...StaffShortlistFields
    }
  }
`);

export type StaffShortlist = StaffShortlistFieldsFragment;

/**
 * The request's shortlist as the page loaded it, replaced by every newer revision the
 * `shortlistUpdated` subscription sends — no reload. `onNewer` runs when a revision newer than
 * the one shown arrives (the page refreshes the request's status and history then).
 */
export function useLiveShortlist(
  requestId: string,
  loaded: StaffShortlist | null | undefined,
  onNewer: (shortlist: StaffShortlist) => void,
) {
  const [pushed, setPushed] = useState<StaffShortlist | null>(null);
  const current = newerShortlist(loaded, pushed);
  const { error } = useSubscription(StaffShortlistUpdated, {
    variables: { requestId },
    onData: ({ data }) => {
      const next = data.data?.shortlistUpdated;
      if (!next || next.requestId !== requestId) return;
      setPushed((previous) => newerShortlist(previous, next));
      if (isNewerShortlist(next, current)) onNewer(next);
    },
  });
  return { shortlist: current, liveError: error };
}
