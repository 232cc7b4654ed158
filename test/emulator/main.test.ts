import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, COMPILED, compiled } from '../fixtures/compiled.js';

const MAIN = [COMPILED.emulator];

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
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no listening line')), 20_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = /OpenTok REST listening on (http:\/\/[^\s,]+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
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
