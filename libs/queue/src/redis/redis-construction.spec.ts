import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../..');
const FACTORY = 'libs/queue/src/redis/redis-connections.ts';
// `new Redis(`, `new IORedis(`, `new Cluster(`, also with a namespace (`new ioredis.Redis(`).
const CONSTRUCTION = /new\s+(?:[A-Za-z_$][\w$]*\.)?(?:Redis|IORedis|Cluster)\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

// Tests and benchmarks make their own connections to inspect Redis; the apps and libs use one
// factory, which knows each role's options and closes what it made.
describe('Redis connections', () => {
  it('are made only by the connection factory in apps and libs', () => {
    const makers = ['apps', 'libs']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => CONSTRUCTION.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).split('\\').join('/'));
    expect(makers).toEqual([FACTORY]);
  });

  it('would notice a connection made elsewhere', () => {
    expect(
      CONSTRUCTION.test('this.redis = new Redis(config.REDIS_URL, { lazyConnect: true });'),
    ).toBe(true);
    expect(CONSTRUCTION.test('const c = new ioredis.Cluster ([node]);')).toBe(true);
    expect(CONSTRUCTION.test("import type { Redis } from 'ioredis';")).toBe(false);
  });
});
