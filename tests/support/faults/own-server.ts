import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ferretDbArgs,
  ferretDbBinaryPath,
  findFreePort,
  redisServerArgs,
} from '../../../infra/dev';
import { registerCleanup } from '../../../infra/dev/processes';

interface ServerSpec {
  readonly name: string;
  readonly command: string;
  args(port: number, dataDir: string): string[];
  /** Answers once the server takes requests. */
  ready(port: number): Promise<boolean>;
  url(port: number): string;
}

/**
 * A server of the fault test's own that it can kill -9 and start again on the same port and
 * data directory: redis-server comes back empty (no persistence, as configured), FerretDB with
 * its data (SQLite files in the directory).
 */
export class OwnServer {
  private child: ChildProcess | null = null;
  private unregister: (() => void) | null = null;

  private constructor(
    private readonly spec: ServerSpec,
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async start(spec: ServerSpec): Promise<OwnServer> {
    const server = new OwnServer(
      spec,
      await findFreePort(),
      await mkdtemp(join(tmpdir(), `wmo-faults-${spec.name}-`)),
    );
    await server.restart();
    return server;
  }

  get url(): string {
    return this.spec.url(this.port);
  }

  /** Starts the server on this port and waits until it answers. */
  async restart(): Promise<void> {
    if (this.child) throw new Error(`${this.spec.name} is still running`);
    const child = spawn(this.spec.command, this.spec.args(this.port, this.dataDir), {
      stdio: 'ignore',
    });
    this.child = child;
    this.unregister = registerCleanup({
      killSync: () => child.kill('SIGKILL'),
      stop: () => this.kill(),
    });
    const deadline = Date.now() + 15_000;
    while (!(await this.spec.ready(this.port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`${this.spec.name} on port ${this.port} did not start`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** kill -9, and wait until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    this.unregister?.();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

export function ownRedis(): Promise<OwnServer> {
  return OwnServer.start({
    name: 'redis',
    command: 'redis-server',
    args: redisServerArgs,
    ready: (port) => answers(port, 'PING\r\n', (reply) => reply.startsWith('+PONG')),
    url: (port) => `redis://127.0.0.1:${port}`,
  });
}

export function ownFerretDb(): Promise<OwnServer> {
  return OwnServer.start({
    name: 'ferretdb',
    command: ferretDbBinaryPath(),
    args: ferretDbArgs,
    ready: (port) => answers(port),
    url: (port) => `mongodb://127.0.0.1:${port}/`,
  });
}

/** Connects; with `probe`, also sends it and checks the first reply. */
function answers(
  port: number,
  probe?: string,
  accept: (reply: string) => boolean = () => true,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => (probe ? socket.write(probe) : done(true)));
    socket.once('data', (data) => done(accept(data.toString())));
  });
}
