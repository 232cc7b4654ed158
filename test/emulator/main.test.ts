import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import OpenTok from 'opentok';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';
import { until } from '../helpers/until.js';

const MAIN = [COMPILED.emulator];

/** The URL the standalone emulator says it listens on. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no listening line')), 20_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /OpenTok REST listening on (http:\/\/[^\s,]+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
}

describe('npm run emulator (src/emulator/main.ts)', () => {
  beforeAll(() => compiled(), BUILD_TIMEOUT_MS);

  it('should serve both faces with the project it is given, and stop on SIGTERM', async () => {
    const child = spawn(process.execPath, MAIN, {
      env: {
        ...process.env,
        EMULATOR_PORT: '0',
        OPENTOK_API_KEY: '11223344',
        OPENTOK_API_SECRET: 'f'.repeat(40),
        OPENVIDU_SECRET: 'MY_SECRET',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await listeningUrl(child);
    expect((await fetch(`${url}/emulator/state`)).status).toBe(200);
    const ov = await fetch(`${url}/openvidu/api/sessions`, {
      headers: { authorization: `Basic ${Buffer.from('OPENVIDUAPP:MY_SECRET').toString('base64')}` },
    });
    expect(ov.status).toBe(200);
    const wrong = await fetch(`${url}/openvidu/api/sessions`, {
      headers: { authorization: `Basic ${Buffer.from('OPENVIDUAPP:nope').toString('base64')}` },
    });
    expect(wrong.status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('should send session-monitoring callbacks to EMULATOR_CALLBACK_URL, as archive callbacks', async () => {
    const received: { event?: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body) as { event?: string });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const apiKey = '11223345';
    const apiSecret = 'e'.repeat(40);
    const child = spawn(process.execPath, MAIN, {
      env: {
        ...process.env,
        EMULATOR_PORT: '0',
        OPENTOK_API_KEY: apiKey,
        OPENTOK_API_SECRET: apiSecret,
        EMULATOR_CALLBACK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/callbacks`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await listeningUrl(child);
      const ot = new OpenTok(apiKey, apiSecret, { apiUrl: url });
      const { sessionId } = await new Promise<{ sessionId: string }>((resolve, reject) =>
        ot.createSession({ mediaMode: 'routed' }, (error, session) => (error ? reject(new Error(error.message)) : resolve(session!))),
      );
      const token = ot.generateToken(sessionId);
      expect((await fetch(`${url}/emulator/clients`, { method: 'POST', body: JSON.stringify({ token }) })).status).toBe(201);
      await until('the connectionCreated callback', () => received.some((c) => c.event === 'connectionCreated'));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 30_000);

  it('should stop with one line naming a bad variable', async () => {
    const child = spawn(process.execPath, MAIN, { env: { ...process.env, EMULATOR_PORT: 'abc' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('EMULATOR_PORT');
  }, 20_000);
});
