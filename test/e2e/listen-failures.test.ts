import { createServer, type Server } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';
import { lineMatching, type Running, run, URL_LINE } from '../helpers/processes.js';

const ENV = { PORT: '0', EMULATOR_PORT: '0', NODE_ENV: 'development' };

/** Listens on an ephemeral port of 127.0.0.1, as another program holding it would. */
async function occupyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}

/** Runs a process that must fail to start; resolves to its one line of stderr once it exited non-zero. */
async function failedStart(child: Running): Promise<string> {
  const code = await child.exited;
  const stderr = child.stderr();
  expect(code, stderr).not.toBe(0);
  expect(code).not.toBeNull();
  // One line, no stack, no "internal error" from a library: what a person reads and acts on.
  expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(child.lines.join('\n')).not.toMatch(/\n\s+at |Internal error/);
  return stderr.trim();
}

/** Kills what is left of the process group led by `pid`. */
function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone
  }
}

describe('a gateway or an emulator that cannot listen', () => {
  beforeAll(() => compiled(), BUILD_TIMEOUT_MS);

  it('should name PORT, in one line and exit 1, when the port is taken', async () => {
    const { server, port } = await occupyPort();
    try {
      const line = await failedStart(run(process.execPath, [COMPILED.gateway], { ...ENV, PORT: String(port) }));
      expect(line).toBe(
        `The gateway failed to start: PORT: 127.0.0.1:${port} is already in use (another gateway?); stop it or choose another PORT`,
      );
    } finally {
      server.close();
    }
  }, 60_000);

  it('should name HOST when it does not resolve, or is not an address of this machine', async () => {
    const [unresolvable, foreign] = await Promise.all([
      failedStart(run(process.execPath, [COMPILED.gateway], { ...ENV, HOST: 'no-such-host.invalid' })),
      // TEST-NET-1 (RFC 5737): never an address of this machine.
      failedStart(run(process.execPath, [COMPILED.gateway], { ...ENV, HOST: '192.0.2.1' })),
    ]);
    expect(unresolvable).toMatch(/^The gateway failed to start: HOST: "no-such-host\.invalid" does not resolve to an address \(E[A-Z_]+\)/);
    expect(foreign).toMatch(/^The gateway failed to start: HOST: 192\.0\.2\.1 is not an address of this machine/);
  }, 60_000);

  it("should name EMULATOR_PORT when a standalone emulator holds the embedded one's port, and the other way round", async () => {
    const standalone = run(process.execPath, [COMPILED.emulator], { EMULATOR_PORT: '0' }, { detached: true });
    const gateway = run(process.execPath, [COMPILED.gateway], ENV, { detached: true });
    try {
      const [[, emulatorUrl], [, gatewayEmulatorUrl]] = await Promise.all([
        lineMatching(standalone, /OpenTok REST listening on (http:\/\/[^\s,]+)/),
        lineMatching(gateway, /served by the embedded emulator at (http:\/\/[^\s,]+)/),
      ]);
      await lineMatching(gateway, URL_LINE);
      const takenByStandalone = new URL(emulatorUrl!).port;
      const takenByGateway = new URL(gatewayEmulatorUrl!).port;

      // `npm start` beside `npm run emulator`, and `npm run emulator` beside `npm start`.
      const [embedded, alone] = await Promise.all([
        failedStart(run(process.execPath, [COMPILED.gateway], { ...ENV, EMULATOR_PORT: takenByStandalone })),
        failedStart(run(process.execPath, [COMPILED.emulator], { EMULATOR_PORT: takenByGateway })),
      ]);
      expect(embedded).toBe(
        `The gateway failed to start: EMULATOR_PORT: 127.0.0.1:${takenByStandalone} is already in use (a standalone emulator from \`npm run emulator\`, or another gateway with its embedded one?); stop it or choose another EMULATOR_PORT`,
      );
      expect(alone).toBe(
        `The emulator failed to start: EMULATOR_PORT: 127.0.0.1:${takenByGateway} is already in use (a gateway from \`npm start\` with its embedded emulator, or another emulator?); stop it or choose another EMULATOR_PORT`,
      );
    } finally {
      killGroup(standalone.child.pid);
      killGroup(gateway.child.pid);
    }
  }, 90_000);

  it('should refuse the same port for the gateway and its embedded emulator, naming EMULATOR_PORT', async () => {
    const line = await failedStart(run(process.execPath, [COMPILED.gateway], { ...ENV, PORT: '4567', EMULATOR_PORT: '4567' }));
    expect(line).toBe(
      'Configuration error: EMULATOR_PORT: must differ from PORT (both are 4567): the embedded emulator listens on its own port',
    );
  }, 60_000);
});
