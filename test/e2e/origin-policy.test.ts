import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import { connectWebSocket, startTestGateway } from '../helpers/gateway.js';

const APP = 'https://app.example.com';
const FOREIGN = 'https://evil.example.com';

/** Whether each surface lets a browser page on `origin` through. */
async function verdicts(url: string, origin: string) {
  const preflight = (path: string) =>
    fetch(`${url}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const post = (path: string, body: string) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body });
  // A browser lets the page read the answer when the header names its origin or is `*`.
  const lets = (response: Response) => [origin, '*'].includes(response.headers.get('access-control-allow-origin') ?? '');

  const graphql = await post('/graphql', JSON.stringify({ query: '{ providers { name } }' }));
  expect(graphql.status).toBe(200);
  const appServer = await post('/api/sessions', '{}');
  expect(appServer.status).toBe(200);
  return {
    graphqlPreflight: lets(await preflight('/graphql')),
    graphqlResponse: lets(graphql),
    appServerPreflight: lets(await preflight('/api/sessions')),
    appServerResponse: lets(appServer),
    webSocket: (await connectWebSocket(url, origin)) === 'open',
  };
}

const all = (allowed: boolean) => ({
  graphqlPreflight: allowed,
  graphqlResponse: allowed,
  appServerPreflight: allowed,
  appServerResponse: allowed,
  webSocket: allowed,
});

describe.each([
  { NODE_ENV: 'development', CORS_ORIGINS: undefined, app: true, foreign: true },
  { NODE_ENV: 'production', CORS_ORIGINS: undefined, app: false, foreign: false },
  { NODE_ENV: 'development', CORS_ORIGINS: APP, app: true, foreign: false },
  { NODE_ENV: 'production', CORS_ORIGINS: APP, app: true, foreign: false },
])(
  'one origin policy for HTTP, WebSocket and the app-server routes: NODE_ENV=$NODE_ENV, CORS_ORIGINS=$CORS_ORIGINS',
  ({ NODE_ENV, CORS_ORIGINS, app, foreign }) => {
    let gateway: Gateway;
    beforeAll(async () => {
      // Production refuses to run open or on the emulator by omission: this file opts in to both.
      const openOnPurpose: Record<string, string> = NODE_ENV === 'production' ? { AUTH_DISABLED: 'true', EMULATOR_EMBEDDED: 'true' } : {};
      gateway = await startTestGateway({ NODE_ENV, ...openOnPurpose, ...(CORS_ORIGINS ? { CORS_ORIGINS } : {}) });
    });
    afterAll(async () => {
      await gateway?.close();
    });

    it(`should ${app ? 'let' : 'keep'} ${APP} ${app ? 'through' : 'out'} on every surface`, async () => {
      expect(await verdicts(gateway.url, APP)).toEqual(all(app));
    });

    it(`should ${foreign ? 'let' : 'keep'} ${FOREIGN} ${foreign ? 'through' : 'out'} on every surface`, async () => {
      expect(await verdicts(gateway.url, FOREIGN)).toEqual(all(foreign));
      if (!foreign) expect(await connectWebSocket(gateway.url, FOREIGN)).toBe(401);
    });

    it('should serve clients that send no Origin (not browsers)', async () => {
      expect(await connectWebSocket(gateway.url)).toBe('open');
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ providers { name } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  },
);
