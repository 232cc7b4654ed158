import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { until } from '../helpers/until.js';

const TSX = ['--import', 'tsx', 'src/main.ts'];
const ENV = { PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' };

/** Resolves to the gateway's base URL once `child` has logged its ready line; `lines` collects its stdout. */
function readyUrl(child: ChildProcess, lines: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line: ${lines.join('\n')}`)), 20_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const match = /GraphiQL at (http:\/\/[^\s]+)\/graphql/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${lines.join('\n')}`)));
  });
}

/** Whether anything still answers at `url`. */
function answers(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    () => true,
    () => false,
  );
}

describe('npm start (src/main.ts)', () => {
  it('should start with the embedded emulator, serve GraphiQL and GraphQL, and stop cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, TSX, { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const url = await readyUrl(child, lines);
    expect(lines.join('\n')).toMatch(/OPENTOK, VONAGE and OPENVIDU are served by the embedded emulator/);
    // Open by omission outside production: one loud line says so.
    expect(lines.filter((line) => line.includes('CALLER AUTH IS OFF'))).toHaveLength(1);

    const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    const html = await graphiql.text();
    expect(html).toContain('Video GraphQL gateway');
    expect(html).toContain('CreateSession');

    const created = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createSession(input: { mediaMode: ROUTED }) { sessionId provider } }' }),
    });
    const body = (await created.json()) as { data: { createSession: { provider: string; sessionId: string } } };
    expect(body.data.createSession.provider).toBe('OPENTOK');
    const openvidu = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createSession(input: { provider: OPENVIDU }) { sessionId provider } }' }),
    });
    const ovBody = (await openvidu.json()) as { data: { createSession: { provider: string; sessionId: string } } };
    expect(ovBody.data.createSession.provider).toBe('OPENVIDU');
    const dropIn = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await dropIn.text()).toMatch(/^ses_/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.join('\n')).toMatch(/drained cleanly/);
  }, 40_000);

  it('should exit 1, and say so, when the grace ran out on an in-flight request (a second SIGTERM changing nothing)', async () => {
    const child = spawn(process.execPath, TSX, {
      env: { ...process.env, ...ENV, SHUTDOWN_GRACE_MS: '200' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const url = await readyUrl(child, lines);
    const emulatorUrl = /"emulator":"(http:[^"]+)"/.exec(lines.join('\n'))![1]!;
    await fetch(`${emulatorUrl}/emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/session/create', delayMs: 3000, times: 1 }),
    });
    const slow = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createSession(input: { mediaMode: ROUTED }) { sessionId } }' }),
    }).catch((error: Error) => error);
    await until('the slow request to reach the emulator', async () => {
      const state = (await (await fetch(`${emulatorUrl}/emulator/state`)).json()) as { faults: unknown[] };
      return state.faults.length === 0;
    });

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    // A second signal during the drain is ignored: the exit code still says what the drain did.
    await until('the shutting down line', () => lines.some((line) => line.includes('shutting down')));
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(await slow).toBeInstanceOf(Error);
    expect(lines.join('\n')).toMatch(/grace ran out: cut 1 request/);
  }, 40_000);

  it('should run one node process under `npm start`, so SIGTERM to npm stops the gateway (no orphan)', async () => {
    // detached: npm leads a process group of its own, so nothing outlives the test unseen.
    const npm = spawn('npm', ['start', '--silent'], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const lines: string[] = [];
    const url = await readyUrl(npm, lines);
    expect(await answers(url)).toBe(true);

    const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    npm.kill('SIGTERM');
    await exited;
    try {
      await until('the gateway to stop answering', async () => !(await answers(url)), 15_000);
    } finally {
      // Should the gateway have been orphaned, do not leave it running.
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // the group is gone: nothing was left behind
      }
    }
  }, 40_000);

  it('should stop with one line naming a bad variable', async () => {
    const child = spawn(process.execPath, TSX, { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Configuration error: PORT: /);
  }, 20_000);
});
