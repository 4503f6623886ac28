import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';

/** A Node.js process started by the project's scripts (api, worker) and stopped by them. */
export interface ManagedProcess {
  pid: number;
  /** Sends `signal` (default SIGTERM), SIGKILLs after 5 s; resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  kill(): void;
  /** The last ~200 lines of stdout and stderr. */
  output(): string;
}

export type ReadyCheck = { url: string } | { stdoutLine: RegExp };

export interface StartNodeProcessOptions {
  name: string;
  /** Path to a built .js file. */
  script: string;
  env: NodeJS.ProcessEnv;
  ready: ReadyCheck;
  timeoutMs?: number;
  inheritOutput?: boolean;
  logFile?: string;
  /** Options for node itself, before the script (e.g. `--cpu-prof`). */
  nodeArgs?: readonly string[];
}

const STOP_GRACE_MS = 5_000;
const READY_POLL_MS = 100;
const DEFAULT_READY_TIMEOUT_MS = 30_000;

interface Cleanup {
  /** Synchronous last resort, run from the process 'exit' hook. */
  killSync(): void;
  stop(): Promise<unknown>;
}

const cleanups = new Set<Cleanup>();
let exitHookInstalled = false;
let signalHandlersInstalled = false;

/** Registers a child for cleanup when this process ends; returns the unregister function. */
export function registerCleanup(cleanup: Cleanup): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of cleanups) {
        try {
          c.killSync();
        } catch {
          // Best effort: the process is exiting and cannot report anything.
        }
      }
    });
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Stops every registered child (gracefully, with the usual SIGKILL fallback). */
export async function stopAllChildren(): Promise<void> {
  await Promise.allSettled([...cleanups].map((c) => c.stop()));
}

/**
 * Opt-in for long-running scripts: on SIGINT/SIGTERM stop all children, then exit 130/143.
 * A second signal exits at once (the exit hook still SIGKILLs the children).
 */
export function installCleanupHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  let stopping = false;
  const onSignal = (exitCode: number): void => {
    if (stopping) process.exit(exitCode);
    stopping = true;
    void stopAllChildren().finally(() => process.exit(exitCode));
  };
  process.on('SIGINT', () => onSignal(130));
  process.on('SIGTERM', () => onSignal(143));
}

/** Keeps the last `maxLines` complete lines of a child's stdout and stderr together. */
export class OutputTail {
  private readonly lines: string[] = [];
  private readonly partial = { stdout: '', stderr: '' };

  constructor(private readonly maxLines = 200) {}

  /** Adds a chunk and returns the lines it completed. */
  push(stream: 'stdout' | 'stderr', chunk: string): string[] {
    const parts = (this.partial[stream] + chunk).split('\n');
    this.partial[stream] = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.maxLines) this.lines.splice(0, this.lines.length - this.maxLines);
    return parts;
  }

  text(): string {
    return [...this.lines, this.partial.stdout, this.partial.stderr]
      .filter((line) => line !== '')
      .join('\n');
  }
}

export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/** Resolves with the exit code once the child has exited (null if killed by a signal). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    // A failed spawn emits 'error' and never 'exit'.
    child.once('error', () => {
      if (child.pid === undefined) resolve(null);
    });
  });
}

/** Sends `signal`, then SIGKILL if the child is still alive after the grace period. */
export async function terminate(
  child: ChildProcess,
  exited: Promise<number | null>,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (!isRunning(child)) return exited;
  child.kill(signal);
  const escalate = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    return await exited;
  } finally {
    clearTimeout(escalate);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts `node <script>` and resolves once it is ready. */
export async function startNodeProcess(opts: StartNodeProcessOptions): Promise<ManagedProcess> {
  const { name, script, env, ready } = opts;
  if (!existsSync(script)) {
    throw new Error(`${name}: ${script} does not exist (run npm run build first)`);
  }
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), script], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = exitOf(child);
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let spawnError: Error | undefined;
  child.on('error', (err) => (spawnError = err));

  const tail = new OutputTail();
  const log: WriteStream | undefined = opts.logFile
    ? createWriteStream(opts.logFile, { flags: 'a' })
    : undefined;
  log?.on('error', () => undefined);
  void closed.then(() => log?.end());
  let sawReadyLine = false;
  const capture = (stream: 'stdout' | 'stderr', target: NodeJS.WriteStream) => (data: Buffer) => {
    const text = data.toString('utf8');
    const lines = tail.push(stream, text);
    log?.write(text);
    if (opts.inheritOutput) target.write(data);
    if (
      stream === 'stdout' &&
      'stdoutLine' in ready &&
      lines.some((l) => ready.stdoutLine.test(l))
    ) {
      sawReadyLine = true;
    }
  };
  child.stdout.on('data', capture('stdout', process.stdout));
  child.stderr.on('data', capture('stderr', process.stderr));

  let stopping: Promise<number | null> | undefined;
  const managed: ManagedProcess = {
    pid: child.pid ?? -1,
    stop: (signal = 'SIGTERM') => (stopping ??= terminate(child, exited, signal)),
    kill: () => {
      if (isRunning(child)) child.kill('SIGKILL');
    },
    output: () => tail.text(),
  };
  const unregister = registerCleanup({ killSync: managed.kill, stop: () => managed.stop() });
  void exited.then(unregister);

  const isReady = 'url' in ready ? () => httpOk(ready.url) : async () => sawReadyLine;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isRunning(child)) {
      // 'exit' can come before the last output; 'close' means the pipes are drained.
      await Promise.race([closed, sleep(1_000)]);
      const reason = spawnError
        ? `could not be started (${spawnError.message})`
        : `exited with code ${child.exitCode ?? child.signalCode} before it was ready`;
      throw new Error(`${name} ${reason}; output:\n${tail.text()}`);
    }
    if (await isReady()) return managed;
    if (Date.now() > deadline) {
      await managed.stop();
      throw new Error(`${name} was not ready within ${timeoutMs} ms; output:\n${tail.text()}`);
    }
    await sleep(READY_POLL_MS);
  }
}

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.status === 200;
  } catch {
    return false;
  }
}
