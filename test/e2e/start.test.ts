import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const TSX = ['--import', 'tsx', 'src/main.ts'];

describe('npm start (src/main.ts)', () => {
  it('should start with the embedded emulator, serve GraphiQL and GraphQL, and stop cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, TSX, {
      env: { ...process.env, PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
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
    expect(lines.join('\n')).toMatch(/OPENTOK and OPENVIDU are served by the embedded emulator/);
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
