import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findFreePort,
  findRepoRoot,
  installCleanupHandlers,
  startNodeProcess,
  startServices,
  type ManagedProcess,
  type Services,
} from '@wmo/dev-services';
import { cpuSecondsOf, sumKnown, type CpuSeconds } from './cpu-time';

/** FerretDB + Redis of this run, and later the api and worker started from dist/. */
export interface ChurnStack {
  readonly services: Services;
  readonly env: NodeJS.ProcessEnv;
  readonly apiUrl: string;
  readonly dbName: string;
  readonly queuePrefix: string;
  readonly admin: { readonly email: string; readonly password: string };
  readonly logFiles: { readonly api: string; readonly worker: string };
  startApps(): Promise<void>;
  /** Peak resident memory (VmHWM) of the api and of the largest worker so far, in MB. */
  peakRssMb(): { readonly api: number | null; readonly worker: number | null };
  /** CPU seconds used so far by the api, the workers (together), FerretDB and Redis. */
  cpuSeconds(): CpuSeconds;
  /**
   * Stops the (first) worker and starts a new one on the same data and Redis; resolves with the ms from
   * the new process's start until it says it is ready to recompute.
   */
  restartWorker(): Promise<number>;
  /** Stops api and worker (the worker finishes its active jobs first); idempotent. */
  stopApps(): Promise<void>;
  /** Stops everything this run started; idempotent. */
  stop(): Promise<void>;
}

/** `--max-old-space-size` of each app in MB, as infra/k8s deploys them; 0 = node's own limit. */
export interface HeapLimits {
  readonly api: number;
  readonly worker: number;
}

export interface StackOptions {
  /** Run api and workers under `node --cpu-prof`, leaving their CPU profiles here. */
  readonly profileDir?: string;
  /** Worker processes (infra/k8s deploys 2); 1 unless said. */
  readonly workers?: number;
  /** NODE_ENV of api and workers: `test` unless said (`production` is how infra/k8s runs them). */
  readonly nodeEnv?: 'test' | 'production';
}

export async function startStack(
  logLevel: string,
  heapMb: HeapLimits = { api: 0, worker: 0 },
  { profileDir, workers = 1, nodeEnv = 'test' }: StackOptions = {},
): Promise<ChurnStack> {
  installCleanupHandlers();
  const services = await startServices();
  const root = findRepoRoot(__dirname);
  const port = await findFreePort();
  const id = randomBytes(4).toString('hex');
  const admin = { email: 'admin@bench.local', password: randomBytes(12).toString('hex') };
  const dbName = `wmo_bench_${id}`;
  const queuePrefix = `{wmo-bench-${id}}`;
  const logFiles = {
    api: join(tmpdir(), `wmo-bench-${id}-api.log`),
    worker: join(tmpdir(), `wmo-bench-${id}-worker.log`),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: nodeEnv,
    PORT: String(port),
    MONGODB_URI: services.mongoUri,
    MONGODB_DB: dbName,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: queuePrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: logLevel,
  };
  const apps: ManagedProcess[] = [];
  const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const heapArgs = (mb: number) => [
    ...(mb > 0 ? [`--max-old-space-size=${mb}`] : []),
    ...profileArgs,
  ];
  // Worker n > 1 logs next to the first: <id>-worker-<n>.log.
  const startWorker = (n = 1) =>
    startNodeProcess({
      name: n === 1 ? 'worker' : `worker-${n}`,
      nodeArgs: heapArgs(heapMb.worker),
      script: join(root, 'dist/apps/worker/src/main.js'),
      env: { WORKER_HTTP_PORT: '0', ...env },
      ready: { stdoutLine: /worker ready/ },
      timeoutMs: 120_000,
      logFile: n === 1 ? logFiles.worker : logFiles.worker.replace(/\.log$/, `-${n}.log`),
    });
  let stoppingApps: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const stopApps = () =>
    (stoppingApps ??= Promise.all(apps.map((app) => app.stop())).then(() => undefined));
  return {
    services,
    env,
    apiUrl: `http://127.0.0.1:${port}`,
    dbName,
    queuePrefix,
    admin,
    logFiles,
    async startApps() {
      // The data is seeded straight into the database: without the marker a worker would take
      // this Redis for one that lost its data and run a full sweep during the burst.
      const redis = new Redis(services.redisUrl);
      await redis.set(`${queuePrefix}:data-marker`, new Date().toISOString());
      redis.disconnect();
      apps.push(
        await startNodeProcess({
          name: 'api',
          nodeArgs: heapArgs(heapMb.api),
          script: join(root, 'dist/apps/api/src/main.js'),
          env,
          ready: { url: `http://127.0.0.1:${port}/health` },
          timeoutMs: 120_000,
          logFile: logFiles.api,
        }),
      );
      const started = await Promise.all(
        Array.from({ length: workers }, (_, i) => startWorker(i + 1)),
      );
      apps.push(...started);
    },
    async restartWorker() {
      await apps[1]?.stop();
      const started = Date.now();
      apps[1] = await startWorker();
      return Date.now() - started;
    },
    peakRssMb: () => ({
      api: peakRssMb(apps[0]?.pid),
      worker: maxOf(apps.slice(1).map((app) => peakRssMb(app.pid))),
    }),
    cpuSeconds: () => {
      const own = process.cpuUsage();
      const serverPid = (scheme: string) =>
        services.started.find((server) => server.url.startsWith(scheme))?.pid;
      return new Map([
        ['api', cpuSecondsOf(apps[0]?.pid)],
        [
          workers > 1 ? `workers (${workers})` : 'worker',
          sumKnown(apps.slice(1).map((app) => cpuSecondsOf(app.pid))),
        ],
        ['FerretDB', cpuSecondsOf(serverPid('mongodb:'))],
        ['redis-server', cpuSecondsOf(serverPid('redis:'))],
        ['bench (this process)', (own.user + own.system) / 1e6],
      ]);
    },
    stopApps,
    stop: () =>
      (stopping ??= stopApps()
        .catch(() => undefined)
        .then(() => services.stop())),
  };
}

/** The largest of the known values, or null when none is known. */
function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** The kernel's high-water mark of a process's resident memory (Linux /proc), in MB. */
function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
