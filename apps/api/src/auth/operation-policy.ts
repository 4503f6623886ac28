/**
 * Who may call each GraphQL operation, and what they get: one row per Query, Mutation and
 * Subscription field, one column per kind of caller. `tests/policy/operation-policy.test.ts`
 * sends every cell through the running api and fails on a cell that answers otherwise, on an
 * operation without a row, and on a row without an operation.
 *
 * "Own" and "other" are about the data the call names: the request, referral or offering of the
 * test's fixture belongs to STAFF's municipality, to PROVIDER's organisation and to RESIDENT's
 * link; STAFF_OTHER, PROVIDER_OTHER and RESIDENT_OTHER are the same roles elsewhere.
 */
export const CALLERS = [
  'ANONYMOUS',
  'ADMIN',
  'STAFF',
  'STAFF_OTHER',
  'PROVIDER',
  'PROVIDER_OTHER',
  'POLICY',
  'RESIDENT',
  'RESIDENT_OTHER',
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * - `ALLOWED`: answered, and the answer shows what the call named;
 * - `EMPTY`: answered, but null or without the other party's data (no existence leak);
 * - `FORBIDDEN`, `UNAUTHENTICATED`, `NOT_FOUND`: refused with that `extensions.code`.
 */
export type Outcome = 'ALLOWED' | 'EMPTY' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';

const CODES = {
  A: 'ALLOWED',
  E: 'EMPTY',
  F: 'FORBIDDEN',
  U: 'UNAUTHENTICATED',
  N: 'NOT_FOUND',
} as const satisfies Record<string, Outcome>;
type Code = keyof typeof CODES;

/** One row, in the order of CALLERS. */
function row(...cells: [Code, Code, Code, Code, Code, Code, Code, Code, Code]) {
  return Object.fromEntries(cells.map((code, index) => [CALLERS[index], CODES[code]])) as Record<
    Caller,
    Outcome
  >;
}

// prettier-ignore
export const OPERATION_POLICY: Readonly<Record<string, Readonly<Record<Caller, Outcome>>>> = {
  //                        anon ADMIN STAFF STAFF' PROV PROV' POLICY RES RES'
  // Public: reference data and signing in.
  products:                 row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  specialisms:              row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  languages:                row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  municipalities:           row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  login:                    row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  logout:                   row('A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A'),
  // Without the session cookie there is nothing to refresh, whoever asks.
  refreshSession:           row('U', 'U', 'U', 'U', 'U', 'U', 'U', 'U', 'U'),
  // Accounts and own notifications.
  me:                       row('U', 'A', 'A', 'A', 'A', 'A', 'A', 'F', 'F'),
  users:                    row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  auditLog:                 row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  createUser:               row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  notifications:            row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  unreadNotificationCount:  row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  notificationSettings:     row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  markNotificationsRead:    row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  setEmailNotifications:    row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  notificationAdded:        row('U', 'A', 'A', 'A', 'A', 'A', 'F', 'F', 'F'),
  // Providers and offerings: a provider reads and changes only its own; staff change only
  // offerings that serve their municipalities (the offering here serves STAFF's, not STAFF''s).
  providers:                row('U', 'A', 'A', 'A', 'F', 'F', 'F', 'F', 'F'),
  createProvider:           row('U', 'A', 'A', 'A', 'F', 'F', 'F', 'F', 'F'),
  offering:                 row('U', 'A', 'A', 'A', 'A', 'E', 'F', 'F', 'F'),
  myOfferings:              row('U', 'F', 'F', 'F', 'A', 'E', 'F', 'F', 'F'),
  myOfferingDemand:         row('U', 'F', 'F', 'F', 'A', 'E', 'F', 'F', 'F'),
  searchOfferings:          row('U', 'A', 'A', 'A', 'F', 'F', 'F', 'F', 'F'),
  createOffering:           row('U', 'A', 'A', 'A', 'A', 'F', 'F', 'F', 'F'),
  updateOffering:           row('U', 'A', 'A', 'F', 'A', 'F', 'F', 'F', 'F'),
  updateCapacity:           row('U', 'A', 'F', 'F', 'A', 'F', 'F', 'F', 'F'),
  confirmCapacity:          row('U', 'A', 'F', 'F', 'A', 'F', 'F', 'F', 'F'),
  // Requests: staff of the request's municipality; the resident through its link.
  request:                  row('U', 'A', 'A', 'E', 'F', 'F', 'F', 'A', 'E'),
  requests:                 row('U', 'A', 'A', 'E', 'F', 'F', 'F', 'F', 'F'),
  requestStatusCounts:      row('U', 'A', 'A', 'A', 'F', 'F', 'F', 'F', 'F'),
  createRequest:            row('U', 'F', 'A', 'F', 'F', 'F', 'F', 'F', 'F'),
  updateRequest:            row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  closeRequest:             row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  shortlistUpdated:         row('U', 'F', 'A', 'F', 'F', 'F', 'F', 'A', 'F'),
  // Residents: the link opens one request; staff of its municipality issue and stop links.
  myRequest:                row('U', 'F', 'F', 'F', 'F', 'F', 'F', 'A', 'A'),
  myShortlist:              row('U', 'F', 'F', 'F', 'F', 'F', 'F', 'A', 'A'),
  choosePreference:         row('U', 'F', 'F', 'F', 'F', 'F', 'F', 'A', 'A'),
  createResidentLink:       row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  revokeResidentLinks:      row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  // Referrals: staff of the request's municipality send and withdraw; the provider answers.
  holdWouldEndAt:           row('U', 'F', 'A', 'A', 'F', 'F', 'F', 'F', 'F'),
  referrals:                row('U', 'A', 'A', 'E', 'A', 'E', 'F', 'F', 'F'),
  createReferral:           row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  withdrawReferral:         row('U', 'F', 'A', 'N', 'F', 'F', 'F', 'F', 'F'),
  respondToReferral:        row('U', 'F', 'F', 'F', 'A', 'N', 'F', 'F', 'F'),
  // Matching and figures: POLICY sees aggregate figures of its municipalities only.
  matchingPolicy:           row('U', 'A', 'A', 'F', 'F', 'F', 'F', 'F', 'F'),
  updateMatchingPolicy:     row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  matchingStatus:           row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  startSweep:               row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
  coverageReport:           row('U', 'A', 'F', 'F', 'F', 'F', 'A', 'F', 'F'),
  coverageSeries:           row('U', 'A', 'F', 'F', 'F', 'F', 'A', 'F', 'F'),
  takeCoverageSnapshot:     row('U', 'A', 'F', 'F', 'F', 'F', 'F', 'F', 'F'),
};
