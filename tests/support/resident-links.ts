import { graphql, graphqlOk, type GraphqlResponse } from './graphql-client';

/** GraphQL helpers for the resident's side: personal links and what a link allows. */
export interface IssuedLink {
  url: string;
  token: string;
  expiresAt: string;
}

export async function createResidentLink(
  staffToken: string,
  requestId: string,
  options: { revokePrevious?: boolean; apiUrl?: string } = {},
): Promise<IssuedLink> {
  const result = await graphql<{ createResidentLink: IssuedLink }>(
    `
      mutation ($requestId: ID!, $revoke: Boolean) {
        createResidentLink(requestId: $requestId, revokePrevious: $revoke) {
          url
          token
          expiresAt
        }
      }
    `,
    { requestId, revoke: options.revokePrevious ?? null },
    staffToken,
    options.apiUrl,
  );
  if (!result.data || result.errors?.length) {
    throw new Error(`createResidentLink failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data.createResidentLink;
}

export async function revokeResidentLinks(staffToken: string, requestId: string): Promise<number> {
  const data = await graphqlOk<{ revokeResidentLinks: number }>(
    `mutation($requestId: ID!) { revokeResidentLinks(requestId: $requestId) }`,
    { requestId },
    staffToken,
  );
  return data.revokeResidentLinks;
}

export interface ResidentShortlistView {
  requestId: string;
  revision: number;
  options: {
    rank: number;
    score: number | null;
    distanceKm: number;
    waitingWeeks: number;
    freePlaces: number;
    waitingList: boolean;
    offering: { id: string } | null;
    reasons: { code: string; label: string; points: number | null }[];
  }[];
}

export const MY_SHORTLIST = `query {
  myShortlist {
    requestId revision
    options {
      rank score distanceKm waitingWeeks freePlaces waitingList offering { id }
      reasons { code label points }
    }
  }
}`;

export function myShortlist(
  residentToken: string,
  apiUrl?: string,
): Promise<GraphqlResponse<{ myShortlist: ResidentShortlistView | null }>> {
  return graphql(MY_SHORTLIST, {}, residentToken, apiUrl);
}
