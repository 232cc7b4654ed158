/**
 * The bench's child processes: every server and load generator runs in a process of its own, its
 * output written to a file (not piped back, so reading it costs the bench nothing), and every one
 * is killed when the bench exits, succeeds or fails.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the children's output goes; removed on exit. */
const logDir = mkdtempSync(join(tmpdir(), 'bench-'));
const children = new Set<ChildProcess>();

/** Kills every child still running (SIGKILL: a bench has nothing to drain). */
export function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

process.once('exit', () => {
  killAll();
  rmSync(logDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A running child: its process, and what it wrote so far. */
export interface Child {
  process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Kills it and waits for its exit. */
  stop(): Promise<void>;
}

function track(child: ChildProcess, file: string): Child {
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => children.delete(child));
  return {
    process: child,
    output: () => readFileSync(file, 'utf8'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Runs `node <args>` (compiled JavaScript, no loader) with `env` over this process's environment. */
export function spawnNode(name: string, args: string[], env: Record<string, string>): Child {
  const file = join(logDir, `${name}-${children.size}.log`);
  const fd = openSync(file, 'a');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  return track(child, file);
}

/** Runs a bench TypeScript module in a child through tsx, with an IPC channel to this process. */
export function forkTs(name: string, module: string, env: Record<string, string> = {}): Child {
  const file = join(logDir, `${name}-${children.size}.log`);
  const fd = openSync(file, 'a');
  const child = fork(module, [], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  return track(child, file);
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until `check` returns a value (polled every `everyMs`); fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  everyMs = 10,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Resolves once `GET url` answers 200; fails if `child` exits first. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    `${url} to answer 200`,
    async () => {
      if (child.process.exitCode !== null)
        throw new Error(`the process exited (${child.process.exitCode}) before ${url} answered:\n${child.output()}`);
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        return res.status === 200 ? true : undefined;
      } catch {
        return undefined;
      }
    },
    timeoutMs,
  );
}
