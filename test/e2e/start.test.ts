import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';
import { commandLine, lineMatching, loadsTypeScript, processGroup, type Running, run, URL_LINE } from '../helpers/processes.js';
import { until } from '../helpers/until.js';

const ENV = { PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' };
/** The last line the gateway logs once started. */
const LAST_START_LINE = /OpenVidu app-server endpoints at/;

/** Whether anything still answers at `url`. */
function answers(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    () => true,
    () => false,
  );
}

/** Starts the compiled gateway as `npm start` runs it; resolves once it has logged every start line. */
async function startCompiled(env: Record<string, string>): Promise<{ gateway: Running; url: string }> {
  const gateway = run(process.execPath, [COMPILED.gateway], { ...ENV, ...env }, { detached: true });
  const [, url] = await lineMatching(gateway, URL_LINE);
  await lineMatching(gateway, LAST_START_LINE);
  return { gateway, url: url! };
}

/** Kills what is left of the process group led by `pid`, should a test have failed halfway. */
function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone: nothing was left behind
  }
}

describe('npm start (compiled: dist/main.js)', () => {
  beforeAll(() => compiled(), BUILD_TIMEOUT_MS);

  it('should start with the embedded emulator in plain node (no TypeScript loader), serve GraphiQL and GraphQL, and stop cleanly on SIGTERM', async () => {
    const { gateway, url } = await startCompiled({});
    const { child, lines } = gateway;
    try {
      // One process, node running JavaScript: no tsx, no loader hook, no esbuild beside it.
      expect(commandLine(child.pid!)).toEqual([process.execPath, COMPILED.gateway]);
      expect(processGroup(child.pid!).map((p) => p.pid)).toEqual([child.pid]);

      // A person's log: the URL to open first, one readable line per event, the lenient warning once.
      expect(stripVTControlCharacters(lines[0]!)).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: GraphQL \(HTTP, SSE, WebSocket\) and GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql$/,
      );
      expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
      expect(lines.join('\n')).toMatch(/OPENTOK, VONAGE and OPENVIDU are served by the embedded emulator/);
      expect(lines.filter((line) => /lenient mode/.test(line))).toHaveLength(1);
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

      child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      expect(lines.join('\n')).toMatch(/drained cleanly/);
    } finally {
      killGroup(child.pid);
    }
  }, 90_000);

  it('should exit 1, and say so, when the grace ran out on an in-flight request (a second SIGTERM changing nothing)', async () => {
    const { gateway, url } = await startCompiled({ SHUTDOWN_GRACE_MS: '200' });
    const { child, lines } = gateway;
    try {
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

      child.kill('SIGTERM');
      // A second signal during the drain is ignored: the exit code still says what the drain did.
      await until('the shutting down line', () => lines.some((line) => line.includes('shutting down')));
      child.kill('SIGTERM');
      expect(await gateway.exited).toBe(1);
      expect(await slow).toBeInstanceOf(Error);
      expect(lines.join('\n')).toMatch(/grace ran out: cut 1 request/);
    } finally {
      killGroup(child.pid);
    }
  }, 90_000);

  it('should run one node process on JavaScript under `npm start`, so SIGTERM to npm stops the gateway (no orphan)', async () => {
    // detached: npm leads a process group of its own, so nothing outlives the test unseen.
    const npm = run('npm', ['start', '--silent'], ENV, { detached: true });
    try {
      const [, url] = await lineMatching(npm, URL_LINE);
      expect(await answers(url!)).toBe(true);
      // npm and, in place of the shell (exec), node on the compiled entry: nothing between them, no loader.
      const group = processGroup(npm.child.pid!);
      const others = group.filter((p) => p.pid !== npm.child.pid);
      expect(others.map((p) => p.argv.slice(-1))).toEqual([[COMPILED.gateway]]);
      expect(others[0]!.ppid).toBe(npm.child.pid);
      expect(loadsTypeScript(others[0]!.argv)).toBe(false);

      npm.child.kill('SIGTERM');
      await npm.exited;
      await until('the gateway to stop answering', async () => !(await answers(url!)), 15_000);
      await until('no process left in the group', () => processGroup(npm.child.pid!).length === 0, 15_000);
    } finally {
      // Should the gateway have been orphaned, do not leave it running.
      killGroup(npm.child.pid);
    }
  }, 120_000);

  it('should drain cleanly when SIGTERM goes to the whole `npm start` process group (Ctrl-C, a container runtime)', async () => {
    const npm = run('npm', ['start', '--silent'], ENV, { detached: true });
    try {
      const [, url] = await lineMatching(npm, URL_LINE);
      await lineMatching(npm, LAST_START_LINE);
      expect(await answers(url!)).toBe(true);

      // npm passes the signal on as well: the gateway sees it twice and drains once.
      process.kill(-npm.child.pid!, 'SIGTERM');
      await npm.exited;
      await until('no process left in the group', () => processGroup(npm.child.pid!).length === 0, 15_000);
      expect(npm.lines.filter((line) => line.includes('shutting down'))).toHaveLength(1);
      expect(npm.lines.join('\n')).toMatch(/drained cleanly/);
      expect(await answers(url!)).toBe(false);
    } finally {
      killGroup(npm.child.pid);
    }
  }, 120_000);

  it('should log JSON lines in production, the URL line first, and JSON in development with LOG_FORMAT=json', async () => {
    const [production, json] = await Promise.all([
      startCompiled({ NODE_ENV: 'production', EMULATOR_EMBEDDED: 'true', AUTH_DISABLED: 'true' }),
      startCompiled({ LOG_FORMAT: 'json' }),
    ]);
    try {
      for (const { gateway } of [production, json]) {
        const events = gateway.lines.map((line) => JSON.parse(line) as { level: number; time: number; msg: string; name: string });
        expect(events[0]!.msg).toMatch(URL_LINE);
        for (const event of events) expect(event).toMatchObject({ level: expect.any(Number), time: expect.any(Number), name: 'gateway' });
        expect(events.filter((event) => /lenient mode/.test(event.msg))).toHaveLength(1);
      }
      expect(production.gateway.lines.join('\n')).toMatch(/EMULATOR_EMBEDDED=true IN PRODUCTION/);
    } finally {
      for (const { gateway } of [production, json]) killGroup(gateway.child.pid);
    }
  }, 90_000);

  it('should stop with one line naming a bad variable', async () => {
    const child = run(process.execPath, [COMPILED.gateway], { PORT: 'eighty' });
    expect(await child.exited).toBe(1);
    expect(child.stderr().trim().split('\n')).toHaveLength(1);
    expect(child.stderr()).toMatch(/^Configuration error: PORT: /);
  }, 30_000);
});
