import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { rest, restJwt, startEmulator } from './helpers.js';

describe('REST authentication (X-OPENTOK-AUTH)', () => {
  let emu: Emulator;
  const project = { apiKey: '12345678', apiSecret: 'a'.repeat(40) };
  const listPath = `/v2/project/${project.apiKey}/archive`;

  beforeAll(async () => {
    emu = await startEmulator({ opentok: project });
  });
  afterAll(() => emu.close());

  function expect403(res: { status: number; json: { code: number; message: string; description: string } }, message: string): void {
    expect(res.status).toBe(403);
    expect(res.json.code).toBe(-1);
    expect(res.json.message).toBe(message);
    expect(typeof res.json.description).toBe('string');
  }

  it('should accept a JWT minted like opentok-node', async () => {
    const res = await rest(emu, 'GET', listPath);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ count: 0, items: [] });
  });

  it('should refuse a request without the header', async () => {
    expect403(await rest(emu, 'GET', listPath, { auth: null }), 'No suitable authentication found');
  });

  it('should refuse a value that is not a JWT', async () => {
    expect403(await rest(emu, 'GET', listPath, { auth: 'not-a-jwt' }), 'Invalid token format');
  });

  it('should refuse a JWT signed with another secret', async () => {
    const token = await restJwt({ apiKey: project.apiKey, apiSecret: 'b'.repeat(40) });
    expect403(await rest(emu, 'GET', listPath, { auth: token }), 'Invalid token signature');
  });

  it('should refuse an unknown issuer', async () => {
    expect403(await rest(emu, 'GET', listPath, { auth: await restJwt(project, { iss: '999' }) }), 'Issuer not found');
  });

  it('should refuse a missing issuer or issuer type', async () => {
    expect403(await rest(emu, 'GET', listPath, { auth: await restJwt(project, { iss: undefined }) }), 'Invalid issuer format');
    expect403(await rest(emu, 'GET', listPath, { auth: await restJwt(project, { ist: undefined }) }), 'Invalid issuer format');
    expect403(await rest(emu, 'GET', listPath, { auth: await restJwt(project, { ist: 'account' }) }), 'Invalid issuer format');
  });

  it('should refuse an expired token but tolerate a little skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await restJwt(project, { iat: now - 3600, exp: now - 1200 });
    expect403(await rest(emu, 'GET', listPath, { auth: expired }), 'Token expired');
    const skewed = await restJwt(project, { iat: now - 400, exp: now - 60 });
    expect((await rest(emu, 'GET', listPath, { auth: skewed })).status).toBe(200);
  });

  it('should refuse a token without exp', async () => {
    const token = await new SignJWT({ iss: project.apiKey, ist: 'project', iat: Math.floor(Date.now() / 1000) })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(project.apiSecret));
    expect((await rest(emu, 'GET', listPath, { auth: token })).status).toBe(403);
  });

  it('should accept ist in the JWT header (Ruby) and a jti (Python)', async () => {
    const ruby = await restJwt(project, { ist: undefined }, { ist: 'project' });
    expect((await rest(emu, 'GET', listPath, { auth: ruby })).status).toBe(200);
    const python = await restJwt(project, { jti: String(Math.random()) });
    expect((await rest(emu, 'GET', listPath, { auth: python })).status).toBe(200);
  });

  it('should refuse a path naming another project', async () => {
    expect403(await rest(emu, 'GET', '/v2/project/87654321/archive'), 'Issuer not found');
  });

  it('should check the issuer on session/create, which has no key in the path', async () => {
    const bad = await rest(emu, 'POST', '/session/create', { form: {}, auth: await restJwt(project, { iss: '1' }) });
    expect403(bad, 'Issuer not found');
    expect((await rest(emu, 'POST', '/session/create', { form: {} })).status).toBe(200);
  });

  it('should tolerate the bogus "headers: [object Object]" header opentok-node sends', async () => {
    const res = await rest(emu, 'GET', listPath, { headers: { headers: '[object Object]' } });
    expect(res.status).toBe(200);
  });

  it('should answer 404 JSON for an unknown route, authenticated or not', async () => {
    const res = await rest(emu, 'GET', '/v2/project/12345678/nothing-here', { auth: null });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.json.message).toBe('Resource not found');
  });
});
