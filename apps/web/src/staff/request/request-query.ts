import { graphql } from '../../gql';
import type { StaffRequestQuery } from '../../gql/graphql';

export const StaffRequest = graphql(`
  query StaffRequest($id: ID!) {
    request(id: $id) {
      id
      reference
      status
      municipalityCode
      postcode
      productCode
      specialisms
      urgency
      maxDistanceKm
      languages
      requiredLanguages
      financing
      strategicPartnerMismatch
      excludeStrategicPartners
      acceptsWaitingList
      maxWaitingWeeks
      createdAt
      preferredOfferingId
      shortlist {
        ...StaffShortlistFields
      }
      referrals {
        id
        status
        holdExpiresAt
        createdAt
        respondedAt
        reason
        offering {
          id
          provider {
            id
            name
          }
        }
      }
      transitions {
        referralId
        offeringId
        from
        to
        at
        actorName
        actorRole
        reason
      }
      activeResidentLinks {
        createdAt
        expiresAt
      }
    }
  }
`);

export type StaffRequestData = NonNullable<StaffRequestQuery['request']>;
export type StaffReferral = StaffRequestData['referrals'][number];
