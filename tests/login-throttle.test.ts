import { graphql, onlyError } from './support/graphql-client';
import { createUser, login, loginAsAdmin, PASSWORD } from './support/scenario';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`;

const attempt = async (email: string, password: string) => {
  const result = await graphql<{ login: { accessToken: string } }>(LOGIN, { email, password });
  return result.errors ? onlyError(result) : null;
};

describe('failed logins are throttled per email address', () => {
  it('refuses even the right password after 10 failures, for that address only', async () => {
    const admin = await loginAsAdmin();
    const target = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const bystander = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    for (let i = 0; i < 10; i++) {
      expect((await attempt(target.email, 'fout-wachtwoord'))?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const refused = await attempt(target.email, PASSWORD);
    expect(refused?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused?.message).toMatch(/Te veel pogingen/);
    // Someone else's account is not affected.
    expect(await login(bystander.email, PASSWORD)).toEqual(expect.any(String));
  });

  it('forgets earlier failures after a successful login', async () => {
    const admin = await loginAsAdmin();
    const user = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    for (let i = 0; i < 9; i++) await attempt(user.email, 'fout-wachtwoord');
    expect(await attempt(user.email, PASSWORD)).toBeNull();
    for (let i = 0; i < 9; i++) await attempt(user.email, 'fout-wachtwoord');
    expect(await attempt(user.email, PASSWORD)).toBeNull();
  });
});
