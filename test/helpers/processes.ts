/**
 * Child processes as a person starts them (`node dist/main.js`, `npm start`): their output line by
 * line, their exit, and what runs in their process group.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** A running child process and what it has printed so far. */
export interface Running {
  child: ChildProcess;
  /** Lines of stdout, in order. */
  lines: string[];
  /** All of stderr. */
  stderr(): string;
  /** Resolves to the exit code (null: killed by a signal). */
  exited: Promise<number | null>;
}

/** Spawns `command` in the repository root with `env` over this process's environment. */
export function run(command: string, args: string[], env: Record<string, string>, options: { detached?: boolean } = {}): Running {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // 'exit' may come before the last stdout lines: wait for the streams too.
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, lines, stderr: () => stderr, exited: exited.then(() => closed) };
}

/** Resolves to the first match of `pattern` in a stdout line; fails if the process exits first or after `timeoutMs`. */
export function lineMatching(running: Running, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no line matching ${pattern}: ${running.lines.join('\n')}`)), timeoutMs);
    const probe = setInterval(() => {
      for (const line of running.lines) {
        const match = pattern.exec(line);
        if (match) return finish(match);
      }
    }, 10);
    void running.exited.then((code) =>
      finish(new Error(`exited ${code} before a line matching ${pattern}: ${running.lines.join('\n')}\n${running.stderr()}`)),
    );
    function finish(result: RegExpExecArray | Error) {
      clearTimeout(timer);
      clearInterval(probe);
      if (result instanceof Error) reject(result);
      else resolve(result);
    }
  });
}

/** The line that says where the gateway serves GraphQL: its base URL is group 1. */
export const URL_LINE = /GraphQL \(HTTP, SSE, WebSocket\)(?: and GraphiQL)? at (http:\/\/\S+)\/graphql/;

/** A process of this machine: its id, its parent's, and its command line. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  argv: string[];
}

/** The processes of process group `pgid` still alive (Linux /proc). */
export function processGroup(pgid: number): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || Number(fields[2]) !== pgid) continue;
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      found.push({ pid: Number(entry), ppid: Number(fields[1]), argv });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** The command line of process `pid` (Linux /proc). */
export function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

/** Whether a command line loads TypeScript through a loader (tsx, or any `--import`/`--loader` hook). */
export function loadsTypeScript(argv: readonly string[]): boolean {
  return argv.some((arg) => /tsx|esbuild|--import|--loader|--experimental-loader|\.ts$/.test(arg));
}
