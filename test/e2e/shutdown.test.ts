import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
} from '../__generated__/graphql.js';
import type { Gateway } from '../../src/gateway.js';
import { joinClient, startTestGateway, untilListening } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

describe('graceful shutdown', () => {
  it('should close WebSocket subscribers with 1001 (so clients reconnect elsewhere), end SSE streams and release everything', async () => {
    const gateway = await startTestGateway();
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    await joinClient(gateway.emulator!.url, generateToken.token);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });
    // The gateway's own listeners (shared archive reads) are there before any subscriber.
    const listening = gateway.app.bus.listenerCount;

    let closeCode: number | undefined;
    const client = createClient({
      url: `${gateway.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: { closed: (event) => (closeCode = (event as { code: number }).code) },
    });
    const wsDone = new Promise<void>((resolve) => {
      client.subscribe(
        { query: print(ArchiveStatusChangedDocument), variables: { archiveId: startArchive.id } },
        { next: () => {}, error: () => resolve(), complete: () => resolve() },
      );
    });
    const sse = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(ArchiveStatusChangedDocument), variables: { archiveId: startArchive.id } }),
    });
    const sseDone = (async () => {
      const reader = sse.body!.getReader();
      try {
        while (!(await reader.read()).done);
      } catch {
        // a cut connection ends the stream too
      }
    })();
    await untilListening(gateway, listening + 2);

    const started = Date.now();
    // A short grace: whatever has not ended by then is cut (the default is SHUTDOWN_GRACE_MS).
    await gateway.close(200);
    await Promise.all([wsDone, sseDone]);
    expect(closeCode).toBe(1001);
    expect(gateway.app.bus.listenerCount).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    await client.dispose();
  }, 30_000);
});

/** Makes the next `times` session creations at the emulator wait `delayMs` before they are answered. */
async function slowSessionCreates(gateway: Gateway, delayMs: number, times: number): Promise<void> {
  await fetch(`${gateway.emulator!.url}/emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'POST', path: '/session/create', delayMs, times }),
  });
}

/** Resolves once every fault has been hit: the slow requests are at the emulator, in flight. */
async function untilFaultsHit(gateway: Gateway): Promise<void> {
  await until('the slow requests to reach the emulator', async () => {
    const state = (await (await fetch(`${gateway.emulator!.url}/emulator/state`)).json()) as { faults: unknown[] };
    return state.faults.length === 0;
  });
}

/** A createSession over HTTP, resolving to its status and body, or to the error that cut it. */
function createSessionRequest(url: string): Promise<{ status: number; body: string } | Error> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { createSession(input: { mediaMode: ROUTED }) { sessionId } }' }),
  }).then(
    async (response) => ({ status: response.status, body: await response.text() }),
    (error: Error) => error,
  );
}

describe('graceful drain', () => {
  it('should answer 503 on /readyz while the listener still accepts, let in-flight slow requests finish, and report a clean drain', async () => {
    const gateway = await startTestGateway({ SHUTDOWN_DELAY_MS: '400', SHUTDOWN_GRACE_MS: '5000' });
    await slowSessionCreates(gateway, 800, 5);
    const requests = Array.from({ length: 5 }, () => createSessionRequest(gateway.url));
    await untilFaultsHit(gateway);

    const closing = gateway.close();
    const ready = await fetch(`${gateway.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'shutting down' });

    for (const result of await Promise.all(requests)) {
      expect(result).not.toBeInstanceOf(Error);
      const { status, body } = result as { status: number; body: string };
      expect(status).toBe(200);
      expect(JSON.parse(body)).toMatchObject({ data: { createSession: { sessionId: expect.any(String) } } });
    }
    expect(await closing).toEqual({ cutRequests: 0, cutSockets: 0 });
    // Nothing listens any more.
    await expect(fetch(`${gateway.url}/healthz`)).rejects.toThrow();
  }, 30_000);

  it('should cut the requests that outlive the grace and report them', async () => {
    const gateway = await startTestGateway({ SHUTDOWN_GRACE_MS: '200' });
    await slowSessionCreates(gateway, 3000, 2);
    const requests = Array.from({ length: 2 }, () => createSessionRequest(gateway.url));
    await untilFaultsHit(gateway);

    const report = await gateway.close();
    expect(report).toEqual({ cutRequests: 2, cutSockets: 0 });
    for (const result of await Promise.all(requests)) expect(result).toBeInstanceOf(Error);
  }, 30_000);

  it('should end an SSE stream cleanly: its complete event, then the end of the response', async () => {
    const gateway = await startTestGateway({ SHUTDOWN_GRACE_MS: '5000' });
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const listening = gateway.app.bus.listenerCount;
    const sse = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(ArchiveStatusChangedDocument), variables: { sessionId: createSession.id } }),
    });
    expect(sse.status).toBe(200);
    await untilListening(gateway, listening + 1);

    const [report, text] = await Promise.all([gateway.close(), sse.text()]);
    expect(text).toMatch(/event: complete/);
    expect(report).toEqual({ cutRequests: 0, cutSockets: 0 });
    expect(gateway.app.bus.listenerCount).toBe(0);
  }, 30_000);
});
