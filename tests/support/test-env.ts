/** What global setup started, as seen from a test file's process. */
export interface TestEnv {
  apiUrl: string;
  appEnv: Record<string, string | undefined>;
}

export function testEnv(): TestEnv {
  const raw = process.env.WMO_TEST_ENV;
  if (!raw) throw new Error('WMO_TEST_ENV is not set: run integration tests through jest');
  return JSON.parse(raw) as TestEnv;
}
