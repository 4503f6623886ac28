import { eventually } from './support/eventually';
import { graphql } from './support/graphql-client';
import { startExtraApi, type ExtraApi } from './support/extra-api';
import { aRequestInput, createUser, loginAsAdmin } from './support/scenario';

/**
 * Expected client errors are not incidents: they are logged at debug level with their code, no
 * stack and no input, so an anonymous caller cannot flood the error log.
 */
describe('logging of client errors', () => {
  let api: ExtraApi;

  beforeAll(async () => {
    api = await startExtraApi({ LOG_LEVEL: 'debug' });
  });
  afterAll(() => api.stop());

  it('logs wrong passwords, bad input, UNAUTHENTICATED and FORBIDDEN at debug level only', async () => {
    const admin = await loginAsAdmin();
    const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const bad = [
      graphql(
        `
          mutation {
            login(email: "niemand@example.org", password: "fout-wachtwoord-1") {
              accessToken
            }
          }
        `,
        {},
        undefined,
        api.url,
      ),
      graphql(
        `
          {
            requests {
              totalCount
            }
          }
        `,
        {},
        undefined,
        api.url,
      ),
      graphql(
        `
          {
            requests {
              totalCount
            }
          }
        `,
        {},
        'not-a-token',
        api.url,
      ),
      graphql(
        `
          {
            myOfferings {
              totalCount
            }
          }
        `,
        {},
        staff.token,
        api.url,
      ),
      graphql(
        `
          mutation ($input: CreateRequestInput!) {
            createRequest(input: $input) {
              id
            }
          }
        `,
        { input: aRequestInput({ postcode: '9999' }) },
        staff.token,
        api.url,
      ),
    ];
    const answers = await Promise.all(bad);
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
    ]);

    // The answers can arrive before the process's log lines have been read from its pipe.
    const logLines = () =>
      api
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; code?: string; trace?: string });
    const lines = await eventually(
      () => Promise.resolve(logLines()),
      (seen) => seen.filter((line) => line.code !== undefined).length >= 5,
      { what: 'five client-error log lines' },
    );
    const clientErrors = lines.filter((line) => line.code !== undefined);
    expect(clientErrors.map((line) => line.code).sort()).toEqual(
      [
        'BAD_USER_INPUT',
        'FORBIDDEN',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      ].sort(),
    );
    expect(clientErrors.every((line) => line.level === 20)).toBe(true);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(api.output()).not.toContain('niemand@example.org');
    expect(api.output()).not.toMatch(/\n\s+at /);
  });
});
