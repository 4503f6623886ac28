import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import {
  createProvider,
  createUser,
  login,
  loginAsAdmin,
  PASSWORD,
  unique,
} from './support/scenario';

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

interface UserRow {
  id: string;
  email: string;
  name: string | null;
  displayName: string;
  role: string;
  municipalityCodes: string[];
  provider: { id: string; name: string } | null;
}

interface ProviderRow {
  id: string;
  name: string;
  strategicPartner: boolean;
  languages: string[];
  kvkNumber: string | null;
  agbCode: string | null;
}

const USERS = `query($filter: UserListFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id email name displayName role municipalityCodes provider { id name } } }
  }
}`;

const PROVIDERS = `query($filter: ProviderListFilter, $first: Int, $after: String) {
  providers(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name strategicPartner languages kvkNumber agbCode } }
  }
}`;

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

async function listUsers(token: string, variables: Record<string, unknown>) {
  return (await graphqlOk<{ users: Connection<UserRow> }>(USERS, variables, token)).users;
}

async function listProviders(token: string, variables: Record<string, unknown>) {
  return (await graphqlOk<{ providers: Connection<ProviderRow> }>(PROVIDERS, variables, token))
    .providers;
}

/** An account with a name no other suite uses, so a text filter finds exactly this suite's. */
async function namedUser(admin: string, name: string, input: Record<string, unknown>) {
  const email = `${unique('lijst')}@test.local`;
  const data = await graphqlOk<{ createUser: { id: string } }>(
    CREATE_USER,
    { input: { email, name, password: PASSWORD, ...input } },
    admin,
  );
  return { id: data.createUser.id, email };
}

describe('users: the accounts administrators manage', () => {
  it('lists accounts newest first with their role, municipalities and provider, filtered and paged', async () => {
    const admin = await loginAsAdmin();
    const family = unique('Familie');
    const provider = await createProvider(admin, { name: unique('Lijstzorg') });
    const staff = await namedUser(admin, `Sanne ${family}`, {
      role: 'STAFF',
      municipalityCodes: ['GM0402', 'GM0406'],
    });
    const owner = await namedUser(admin, `Piet ${family}`, {
      role: 'PROVIDER',
      providerId: provider.id,
    });
    const colleague = await namedUser(admin, `Ali ${family}`, { role: 'ADMIN' });

    const all = await listUsers(admin, { filter: { text: family } });
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((edge) => edge.node.id)).toEqual([colleague.id, owner.id, staff.id]);
    expect(all.edges[2]?.node).toEqual({
      id: staff.id,
      email: staff.email,
      name: `Sanne ${family}`,
      displayName: `Sanne ${family}`,
      role: 'STAFF',
      municipalityCodes: ['GM0402', 'GM0406'],
      provider: null,
    });
    expect(all.edges[1]?.node.provider).toEqual({ id: provider.id, name: provider.name });

    const providers = await listUsers(admin, { filter: { text: family, role: 'PROVIDER' } });
    expect(providers.edges.map((edge) => edge.node.id)).toEqual([owner.id]);
    expect(providers.totalCount).toBe(1);

    // The text also finds a part of the email address, in any case.
    const byEmail = await listUsers(admin, { filter: { text: staff.email.toUpperCase() } });
    expect(byEmail.edges.map((edge) => edge.node.id)).toEqual([staff.id]);

    const first = await listUsers(admin, { filter: { text: family }, first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual([colleague.id, owner.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(3);
    const second = await listUsers(admin, {
      filter: { text: family },
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.node.id)).toEqual([staff.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('treats the search text as text, never as a pattern', async () => {
    const admin = await loginAsAdmin();
    const family = unique('Punt');
    await namedUser(admin, `Jan ${family}`, { role: 'ADMIN' });
    expect((await listUsers(admin, { filter: { text: '.*' } })).totalCount).toBe(0);
    expect((await listUsers(admin, { filter: { text: `(${family}` } })).totalCount).toBe(0);
    expect((await listUsers(admin, { filter: { text: `Jan ${family}` } })).totalCount).toBe(1);
  });

  it('is for administrators only, and rejects a bad page size or cursor naming the argument', async () => {
    const admin = await loginAsAdmin();
    const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    expect(onlyError(await graphql(USERS, {}, staff.token)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await graphql(USERS, {})).extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = onlyError(await graphql(USERS, { first: 101 }, admin));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = onlyError(await graphql(USERS, { after: 'bm9wZQ' }, admin));
    expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const longText = onlyError(await graphql(USERS, { filter: { text: 'x'.repeat(101) } }, admin));
    expect(longText.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('answers CONFLICT for an email address that already has an account', async () => {
    const admin = await loginAsAdmin();
    const { email } = await namedUser(admin, 'Eerste', { role: 'ADMIN' });
    const again = onlyError(
      await graphql(
        CREATE_USER,
        { input: { email: email.toUpperCase(), password: PASSWORD, role: 'ADMIN' } },
        admin,
      ),
    );
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toBe('Er bestaat al een account met dit e-mailadres.');
    expect(await login(email, PASSWORD)).toEqual(expect.any(String));
  });
});

describe('providers: choosing a provider', () => {
  it('finds providers by part of the name and by strategic partnership, newest first, paged', async () => {
    const admin = await loginAsAdmin();
    const family = unique('Keuzezorg');
    const partner = await createProvider(admin, {
      name: `${family} Partner`,
      strategicPartner: true,
      languages: ['nl', 'tr'],
    });
    const small = await createProvider(admin, { name: `${family} Klein` });
    const other = await graphqlOk<{ createProvider: { id: string } }>(
      `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
      {
        input: {
          name: `${family} Met nummers`,
          strategicPartner: false,
          kvkNumber: '12345678',
          agbCode: '87654321',
        },
      },
      admin,
    );

    const found = await listProviders(admin, { filter: { text: family.toLowerCase() } });
    expect(found.totalCount).toBe(3);
    expect(found.edges.map((edge) => edge.node.id)).toEqual([
      other.createProvider.id,
      small.id,
      partner.id,
    ]);
    expect(found.edges[0]?.node).toMatchObject({ kvkNumber: '12345678', agbCode: '87654321' });
    expect(found.edges[2]?.node).toMatchObject({
      name: `${family} Partner`,
      strategicPartner: true,
      languages: ['nl', 'tr'],
    });

    const partners = await listProviders(admin, {
      filter: { text: family, strategicPartner: true },
    });
    expect(partners.edges.map((edge) => edge.node.id)).toEqual([partner.id]);
    const others = await listProviders(admin, {
      filter: { text: family, strategicPartner: false },
    });
    expect(others.totalCount).toBe(2);

    const page = await listProviders(admin, { filter: { text: family }, first: 2 });
    const rest = await listProviders(admin, {
      filter: { text: family },
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([partner.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('is open to administrators and staff, not to providers', async () => {
    const admin = await loginAsAdmin();
    const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const provider = await createProvider(admin, { name: unique('Eigenzorg') });
    const owner = await createUser(admin, { role: 'PROVIDER', providerId: provider.id });
    const asStaff = await listProviders(staff.token, { filter: { text: provider.name } });
    expect(asStaff.edges.map((edge) => edge.node.id)).toEqual([provider.id]);
    expect(onlyError(await graphql(PROVIDERS, {}, owner.token)).extensions?.code).toBe('FORBIDDEN');
    const injected = onlyError(await graphql(PROVIDERS, { filter: { text: { $gt: '' } } }, admin));
    expect(injected.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
