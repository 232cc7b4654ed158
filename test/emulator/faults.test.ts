import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { control, rest, startEmulator } from './helpers.js';

describe('fault injection', () => {
  let emu: Emulator;
  let listPath: string;
  beforeAll(async () => {
    emu = await startEmulator();
    listPath = `/v2/project/${emu.opentok.apiKey}/archive`;
  });
  afterEach(async () => {
    expect((await control(emu, 'DELETE', '/emulator/faults')).status).toBe(204);
  });
  afterAll(() => emu.close());

  it('should answer the next matching request with the fault, once by default', async () => {
    const res = await control(emu, 'POST', '/emulator/faults', { path: '/archive$', status: 500, body: { code: 500, message: 'boom' } });
    expect(res.status).toBe(201);
    expect(res.json.id).toMatch(/^[0-9a-f-]{36}$/);
    const faulted = await rest(emu, 'GET', listPath);
    expect(faulted.status).toBe(500);
    expect(faulted.json).toEqual({ code: 500, message: 'boom' });
    expect((await rest(emu, 'GET', listPath)).status).toBe(200);
  });

  it('should default to 503 with a JSON body and honour times', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '^/session/create$', times: 2 });
    const a = await rest(emu, 'POST', '/session/create', { form: {} });
    const b = await rest(emu, 'POST', '/session/create', { form: {} });
    const c = await rest(emu, 'POST', '/session/create', { form: {} });
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.json.message).toBe('Injected fault');
  });

  it('should match the method when given', async () => {
    await control(emu, 'POST', '/emulator/faults', { method: 'post', path: '/archive', status: 429 });
    expect((await rest(emu, 'GET', listPath)).status).toBe(200);
    expect((await rest(emu, 'POST', listPath, { body: {} })).status).toBe(429);
  });

  it('should send a string body as is', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', status: 502, body: '<html>Bad Gateway</html>' });
    const res = await rest(emu, 'GET', listPath);
    expect(res.status).toBe(502);
    expect(res.text).toBe('<html>Bad Gateway</html>');
    expect(res.headers.get('content-type')).toBe('text/plain');
  });

  it('should delay the answer', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', status: 504, delayMs: 150 });
    const started = Date.now();
    const res = await rest(emu, 'GET', listPath);
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('should delay then serve normally when only delayMs is given (timeouts)', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', delayMs: 300 });
    const aborted = fetch(`${emu.url}${listPath}`, { signal: AbortSignal.timeout(100) });
    await expect(aborted).rejects.toThrow();
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', delayMs: 50 });
    const started = Date.now();
    const res = await rest(emu, 'GET', listPath);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('should destroy the socket when drop is set', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', drop: true });
    await expect(rest(emu, 'GET', listPath)).rejects.toThrow();
    expect((await rest(emu, 'GET', listPath)).status).toBe(200);
  });

  it('should never fault control routes', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '.*', status: 500, times: 5 });
    expect((await control(emu, 'GET', '/emulator/state')).status).toBe(200);
    expect((await control(emu, 'GET', '/emulator/faults')).json).toHaveLength(1);
  });

  it('should refuse an invalid fault', async () => {
    expect((await control(emu, 'POST', '/emulator/faults', { path: '(' })).status).toBe(400);
    expect((await control(emu, 'POST', '/emulator/faults', {})).status).toBe(400);
    expect((await control(emu, 'POST', '/emulator/faults', { path: 'x', status: 42 })).status).toBe(400);
    expect((await control(emu, 'POST', '/emulator/faults', { path: 'x', times: 0 })).status).toBe(400);
  });

  it('should clear faults', async () => {
    await control(emu, 'POST', '/emulator/faults', { path: '/archive', status: 500, times: 10 });
    expect((await control(emu, 'DELETE', '/emulator/faults')).status).toBe(204);
    expect((await rest(emu, 'GET', listPath)).status).toBe(200);
    expect((await control(emu, 'GET', '/emulator/state')).json.faults).toEqual([]);
  });
});
