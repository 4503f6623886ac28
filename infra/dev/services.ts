import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { OutputTail, exitOf, isRunning, registerCleanup, sleep, terminate } from './processes';

/** A database or cache server started for development, tests or CI. */
export interface ManagedService {
  url: string;
  pid: number;
  /** Temp directory holding the server's data; removed by stop(). */
  dataDir: string;
  /** SIGTERM, SIGKILL after 5 s, then removes dataDir. Idempotent. */
  stop(): Promise<void>;
}

export interface Services {
  mongoUri: string;
  redisUrl: string;
  /** The servers this call started (none for a URL taken from the environment). */
  started: ManagedService[];
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 100;
const PROBE_TIMEOUT_MS = 1_000;
/** Another process can take the free port before the server binds it; then try another. */
const PORT_ATTEMPTS = 3;

/** The repository root: the nearest directory above `from` holding package.json (skipping dist/). */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (basename(dir) !== 'dist' && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json found above ${from}`);
  }
}

export function ferretDbBinaryPath(): string {
  return join(findRepoRoot(), '.cache', 'ferretdb', 'ferretdb');
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/**
 * Starts a throwaway FerretDB (SQLite in a temp dir) on a free loopback port. With
 * FERRETDB_POSTGRESQL_URL set (benchmarks only), it stores in that PostgreSQL database instead.
 */
export function startFerretDb(): Promise<ManagedService> {
  const postgresUrl = process.env.FERRETDB_POSTGRESQL_URL;
  const binary = ferretDbBinaryPath();
  if (!existsSync(binary)) {
    return Promise.reject(
      new Error(`FerretDB binary not found at ${binary}: run npm run ferretdb:install`),
    );
  }
  return startServer({
    name: 'FerretDB',
    command: binary,
    args: (port, dir) => [
      ...ferretDbArgs(port, dir),
      ...(postgresUrl ? ['-postgresql-url', postgresUrl] : []),
    ],
    readyLine: /^ferretdb ready on /,
    isReady: canConnect,
    url: (port) => `mongodb://127.0.0.1:${port}/`,
  });
}

/** Starts a private, non-persistent redis-server (from PATH) on a free loopback port. */
export function startRedis(): Promise<ManagedService> {
  return startServer({
    name: 'redis-server',
    command: 'redis-server',
    args: redisServerArgs,
    isReady: answersPing,
    url: (port) => `redis://127.0.0.1:${port}`,
  });
}

/** MongoDB and Redis for dev/tests: `MONGODB_URI`/`REDIS_URL` when set, else private servers. */
export async function startServices(env: NodeJS.ProcessEnv = process.env): Promise<Services> {
  const mongoFromEnv = env.MONGODB_URI || undefined;
  const redisFromEnv = env.REDIS_URL || undefined;
  const results = await Promise.allSettled([
    mongoFromEnv === undefined ? startFerretDb() : undefined,
    redisFromEnv === undefined ? startRedis() : undefined,
  ]);
  const started = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  const stop = async (): Promise<void> => {
    await Promise.all(started.map((s) => s.stop()));
  };
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (failures.length > 0) {
    await stop();
    throw failures[0];
  }
  const [mongo, redis] = results.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
  return {
    mongoUri: mongoFromEnv ?? mongo?.url ?? '',
    redisUrl: redisFromEnv ?? redis?.url ?? '',
    started,
    stop,
  };
}

interface ServerSpec {
  name: string;
  command: string;
  args(port: number, dataDir: string): string[];
  /** A stdout line the server prints once it is up, if it has one. */
  readyLine?: RegExp;
  isReady(port: number): Promise<boolean>;
  url(port: number): string;
}

async function startServer(spec: ServerSpec): Promise<ManagedService> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(spec, await findFreePort());
    } catch (err) {
      const portTaken = err instanceof Error && /address already in use/i.test(err.message);
      if (!portTaken || attempt >= PORT_ATTEMPTS) throw err;
    }
  }
}

async function startServerOnce(spec: ServerSpec, port: number): Promise<ManagedService> {
  const dataDir = await mkdtemp(join(tmpdir(), `wmo-${spec.name.toLowerCase()}-`));
  const child = spawn(spec.command, spec.args(port, dataDir), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = exitOf(child);
  let spawnError: Error | undefined;
  child.on('error', (err) => (spawnError = err));
  const tail = new OutputTail();
  let sawReadyLine = spec.readyLine === undefined;
  child.stdout.on('data', (data: Buffer) => {
    const lines = tail.push('stdout', data.toString('utf8'));
    if (spec.readyLine && lines.some((line) => spec.readyLine?.test(line))) sawReadyLine = true;
  });
  child.stderr.on('data', (data: Buffer) => tail.push('stderr', data.toString('utf8')));

  let stopping: Promise<void> | undefined;
  const service: ManagedService = {
    url: spec.url(port),
    pid: child.pid ?? -1,
    dataDir,
    stop: () =>
      (stopping ??= (async () => {
        await terminate(child, exited);
        unregister();
        await rm(dataDir, { recursive: true, force: true });
      })()),
  };
  const unregister = registerCleanup({
    killSync: () => {
      if (isRunning(child)) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
    stop: service.stop,
  });

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!isRunning(child)) {
      await Promise.race([new Promise((resolve) => child.once('close', resolve)), sleep(1_000)]);
      await service.stop();
      const reason =
        spawnError && (spawnError as NodeJS.ErrnoException).code === 'ENOENT'
          ? `could not be started: ${spec.command} not found on PATH`
          : spawnError
            ? `could not be started: ${spawnError.message}`
            : `exited with code ${child.exitCode ?? child.signalCode} before it was ready`;
      throw new Error(`${spec.name} ${reason}; output:\n${tail.text()}`);
    }
    if (sawReadyLine && (await spec.isReady(port))) return service;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(
        `${spec.name} was not ready on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s; ` +
          `output:\n${tail.text()}`,
      );
    }
    await sleep(READY_POLL_MS);
  }
}

/** True when a TCP connection to 127.0.0.1:port succeeds. */
function canConnect(port: number): Promise<boolean> {
  return probe(port, (socket, done) => socket.once('connect', () => done(true)));
}

/** True when a Redis server on 127.0.0.1:port answers PING with PONG. */
function answersPing(port: number): Promise<boolean> {
  return probe(port, (socket, done) => {
    let reply = '';
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (data: Buffer) => {
      reply += data.toString('utf8');
      // A loading server answers -LOADING first; not ready yet.
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG\r\n'));
    });
  });
}

function probe(
  port: number,
  run: (socket: ReturnType<typeof createConnection>, done: (ok: boolean) => void) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
    run(socket, done);
  });
}

/** A private redis-server: loopback only, nothing saved to disk, never evicting a key. */
export function redisServerArgs(port: number, dir: string): string[] {
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--maxmemory-policy',
    'noeviction',
  ];
}

/** FerretDB on loopback with its state in `dir`, ending when this process ends. */
export function ferretDbArgs(port: number, dir: string): string[] {
  return [
    '-listen-addr',
    `127.0.0.1:${port}`,
    '-state-dir',
    dir,
    '-parent-pid',
    String(process.pid),
  ];
}
