import { randomBytes } from 'node:crypto';
import { POSTCODE_AREAS } from '@wmo/reference';
import { graphqlOk } from './graphql-client';
import { testEnv } from './test-env';

/** Builders that create real data through the API; every call makes fresh, unique records. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export const PASSWORD = 'test-wachtwoord-123';

export async function login(email: string, password: string): Promise<string> {
  const data = await graphqlOk<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    { email, password },
  );
  return data.login.accessToken;
}

export async function loginAsAdmin(): Promise<string> {
  const { appEnv } = testEnv();
  return login(appEnv.BOOTSTRAP_ADMIN_EMAIL ?? '', appEnv.BOOTSTRAP_ADMIN_PASSWORD ?? '');
}

export async function createUser(
  admin: string,
  input: {
    role: 'STAFF' | 'PROVIDER' | 'ADMIN' | 'POLICY';
    municipalityCodes?: string[];
    providerId?: string;
    /** Shown to colleagues, e.g. in a request's history; the api leaves it empty without. */
    name?: string;
  },
): Promise<{ id: string; token: string; email: string }> {
  const email = `${unique(input.role.toLowerCase())}@test.local`;
  const data = await graphqlOk<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { ...input, email, password: PASSWORD } },
    admin,
  );
  return { id: data.createUser.id, token: await login(email, PASSWORD), email };
}

export async function createProvider(
  token: string,
  overrides: Partial<{ name: string; strategicPartner: boolean; languages: string[] }> = {},
): Promise<{ id: string; name: string }> {
  const data = await graphqlOk<{ createProvider: { id: string; name: string } }>(
    `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name } }`,
    { input: { name: unique('Zorg'), strategicPartner: false, languages: ['nl'], ...overrides } },
    token,
  );
  return data.createProvider;
}

export interface OfferingInput {
  providerId: string;
  productCode: string;
  specialisms: string[];
  postcode: string;
  municipalitiesServed: string[];
  maxTravelKm: number | null;
  totalPlaces: number;
  freePlaces: number;
  waitingWeeks: number;
  financing: ('ZIN' | 'PGB')[];
}

export function anOfferingInput(
  providerId: string,
  overrides: Partial<OfferingInput> = {},
): OfferingInput {
  return {
    providerId,
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ'],
    postcode: '1211AB',
    municipalitiesServed: ['GM0402'],
    maxTravelKm: 20,
    totalPlaces: 10,
    freePlaces: 2,
    waitingWeeks: 1,
    financing: ['ZIN'],
    ...overrides,
  };
}

export async function createOffering(token: string, input: OfferingInput): Promise<{ id: string }> {
  const data = await graphqlOk<{ createOffering: { id: string } }>(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    { input },
    token,
  );
  return data.createOffering;
}

/** Reports an offering's free places, as its provider (or an admin) does. */
export async function updateCapacity(
  token: string,
  offeringId: string,
  freePlaces: number,
): Promise<{ id: string; freePlaces: number }> {
  const data = await graphqlOk<{ updateCapacity: { id: string; freePlaces: number } }>(
    `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id freePlaces } }`,
    { input: { offeringId, freePlaces } },
    token,
  );
  return data.updateCapacity;
}

/**
 * A valid request for Hilversum; overriding the municipality alone moves the postcode into it
 * (a request's PC4 must lie in its municipality).
 */
export function aRequestInput(overrides: Record<string, unknown> = {}) {
  const municipalityCode =
    typeof overrides.municipalityCode === 'string' ? overrides.municipalityCode : 'GM0402';
  return {
    municipalityCode,
    postcode: firstPostcodeOf(municipalityCode) ?? '1215',
    productCode: 'BEG_REGULIER',
    specialisms: ['GGZ'],
    urgency: 'SOON',
    strategicPartnerMismatch: 'Heeft begeleiding in een andere taal nodig.',
    ...overrides,
  };
}

export async function createRequest(
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; reference: string }> {
  const data = await graphqlOk<{ createRequest: { id: string; reference: string } }>(
    `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id reference } }`,
    { input: aRequestInput(overrides) },
    token,
  );
  return data.createRequest;
}

export interface ShortlistView {
  revision: number;
  cause: { kind: string };
  options: { rank: number; offering: { id: string } | null; freePlaces: number }[];
}

export async function shortlistOf(token: string, requestId: string): Promise<ShortlistView | null> {
  const data = await graphqlOk<{ request: { shortlist: ShortlistView | null } | null }>(
    `query($id: ID!) { request(id: $id) { shortlist { revision cause { kind } options { rank freePlaces offering { id } } } } }`,
    { id: requestId },
    token,
  );
  return data.request?.shortlist ?? null;
}

export function offeringIds(shortlist: ShortlistView | null): string[] {
  return shortlist?.options.map((option) => option.offering?.id ?? '') ?? [];
}

/**
 * Three language codes that together no other test uses. A provider that speaks them all and a
 * request that requires them all form a market of their own: offerings that other tests create in
 * the same database can never appear on this test's shortlists. One two-letter code was not
 * enough: with 169 codes, two tests of one run picked the same one now and then, and a request
 * saw the other test's offerings. Three distinct codes give 790,244 markets.
 */
export function aPrivateLanguages(): string[] {
  const letters = 'bcdfghjkqvwxz';
  const pick = () => letters[randomBytes(1)[0]! % letters.length];
  const codes = new Set<string>();
  while (codes.size < 3) codes.add(`${pick()}${pick()}`);
  return [...codes];
}

/**
 * A market of its own (see aPrivateLanguages): one provider in Hilversum with one offering of
 * `freePlaces` places, its owner, a consultant, and one open request that only this offering fits.
 */
export async function aPrivateMarket(freePlaces: number) {
  const admin = await loginAsAdmin();
  const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
  const languages = aPrivateLanguages();
  const provider = await createProvider(staff.token, { languages: ['nl', ...languages] });
  const offering = await createOffering(
    staff.token,
    anOfferingInput(provider.id, { freePlaces, postcode: '1211AB' }),
  );
  const owner = await createUser(admin, { role: 'PROVIDER', providerId: provider.id });
  const request = await createRequest(staff.token, {
    postcode: '1215',
    requiredLanguages: languages,
  });
  return { staff, owner, offering, request };
}

/** The lowest PC4 of a municipality in the reference table (e.g. 1211 for Hilversum). */
export function firstPostcodeOf(municipalityCode: string): string | undefined {
  return POSTCODE_AREAS.find((area) => area.municipalityCode === municipalityCode)?.pc4;
}
