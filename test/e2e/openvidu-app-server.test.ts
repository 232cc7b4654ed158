import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenVidu } from 'openvidu-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient, startTestGateway } from '../helpers/gateway.js';

const shared = await sharedGateway();

/**
 * The application server of OpenVidu's `openvidu-basic-node` tutorial, rewritten on node:http
 * (the tutorial uses Express: `res.send(text)` answers 200 text/html; `res.status(404).send()`
 * an empty 404): the reference our drop-in endpoints must answer like.
 */
async function startReference(openviduUrl: string, secret: string): Promise<{ url: string; server: Server }> {
  const openvidu = new OpenVidu(openviduUrl, secret);
  const readBody = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : {};
  };
  const server = createServer(async (req, res) => {
    const send = (status: number, text?: string) => {
      res.writeHead(status, text === undefined ? {} : { 'content-type': 'text/html; charset=utf-8' });
      res.end(text ?? '');
    };
    const body = await readBody(req);
    const match = /^\/api\/sessions(?:\/([^/]+)\/connections)?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return send(404);
    if (!match[1]) {
      const session = await openvidu.createSession(body);
      return send(200, session.sessionId);
    }
    const session = openvidu.activeSessions.find((s) => s.sessionId === match[1]);
    if (!session) return send(404);
    const connection = await session.createConnection(body);
    return send(200, connection.token);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function call(base: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    text: await res.text(),
    cors: res.headers.get('access-control-allow-origin'),
  };
}

describe('drop-in OpenVidu application-server endpoints', () => {
  let reference: { url: string; server: Server };

  beforeAll(async () => {
    reference = await startReference(shared.emulatorUrl, shared.openvidu.secret);
  });
  afterAll(() => {
    reference?.server.close();
  });

  it('should answer POST /api/sessions like the tutorial: the session id as text, also for an existing custom id', async () => {
    for (const base of [shared.url, reference.url]) {
      const random = await call(base, '/api/sessions', {});
      expect(random).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(random.text).toMatch(/^ses_[A-Z][A-Za-z0-9]{9}$/);
      const custom = await call(base, '/api/sessions', { customSessionId: `room-${base.slice(-5)}` });
      expect(custom).toMatchObject({ status: 200, text: `room-${base.slice(-5)}` });
      const again = await call(base, '/api/sessions', { customSessionId: `room-${base.slice(-5)}` });
      expect(again).toMatchObject({ status: 200, text: `room-${base.slice(-5)}` });
    }
  });

  it('should answer POST /api/sessions/{id}/connections like the tutorial: a token that lets a client join', async () => {
    const results = [];
    for (const base of [shared.url, reference.url]) {
      const sessionId = (await call(base, '/api/sessions', {})).text;
      const token = await call(base, `/api/sessions/${sessionId}/connections`, { role: 'PUBLISHER', data: 'name=Ada' });
      expect(token).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(token.text).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+\\?sessionId=${sessionId}&token=tok_[A-Z][A-Za-z0-9]{15}$`));
      const joined = await joinClient(shared.emulatorUrl, token.text);
      expect(joined.sessionId).toBe(sessionId);
      const unknown = await call(base, '/api/sessions/ses_Nonexisten/connections', {});
      results.push([token.status, unknown.status, unknown.text]);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toEqual([200, 404, '']);
  });

  it('should allow browsers to call it (CORS) in development, and explain bad input', async () => {
    const preflight = await fetch(`${shared.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const bad = await call(shared.url, '/api/sessions', { customSessionId: 'has spaces' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('customSessionId');
    expect(bad.cors).toBe('*');
  });

  it('should refuse what OpenVidu does not support before any upstream call, as GraphQL does', async () => {
    const sessionId = (await call(shared.url, '/api/sessions', {})).text;
    const refused = await call(shared.url, `/api/sessions/${sessionId}/connections`, { role: 'PUBLISHER_ONLY' });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/^input\.role: OPENVIDU does not accept PUBLISHER_ONLY/);
    const state = (await (await fetch(`${shared.emulatorUrl}/emulator/state`)).json()) as {
      openvidu: { sessions: { sessionId: string; connections: unknown[] }[] };
    };
    expect(state.openvidu.sessions.find((s) => s.sessionId === sessionId)?.connections ?? []).toEqual([]);
  });
});

describe('drop-in endpoints with a CORS allow-list', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ CORS_ORIGINS: 'https://app.example.com' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should allow only the listed origins', async () => {
    const allowed = await fetch(`${gateway.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await fetch(`${gateway.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
