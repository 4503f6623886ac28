import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ArgsValidationReport } from '../apps/api/src/graphql/unvalidated-args';

const ROOT = join(__dirname, '..');

/**
 * Generated from the resolvers: every input-object argument of every operation goes through the
 * validation pipe (an optional one needs NullableArg). Runs on the build, where the decorators'
 * metadata is what the api runs with.
 */
describe('argument validation', () => {
  let report: ArgsValidationReport;

  beforeAll(async () => {
    const script = join(ROOT, 'dist', 'apps', 'api', 'src', 'graphql', 'unvalidated-args.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: ROOT });
    report = JSON.parse(stdout) as ArgsValidationReport;
  });

  it('reads every resolver and its input-object arguments', () => {
    expect(report.resolvers).toBeGreaterThan(15);
    expect(report.validated).toEqual(
      expect.arrayContaining([
        'OfferingResolver.searchOfferings(filter)',
        'RequestResolver.requests(filter)',
        'RequestResolver.createRequest(input)',
      ]),
    );
  });

  it('leaves none unvalidated', () => {
    expect(report.unvalidated).toEqual([]);
  });
});
