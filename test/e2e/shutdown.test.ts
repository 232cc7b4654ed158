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
import { joinClient, startTestGateway, untilListening } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';

describe('graceful shutdown', () => {
  it('should close WebSocket subscribers with 1001 (so clients reconnect elsewhere), end SSE streams and release everything', async () => {
    const gateway = await startTestGateway();
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    await joinClient(gateway.emulator!.url, generateToken.token);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });

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
    await untilListening(gateway, 2);

    const started = Date.now();
    // A short grace: the SSE stream is cut once it has run out (the server's default is 5 s).
    await gateway.close(200);
    await Promise.all([wsDone, sseDone]);
    expect(closeCode).toBe(1001);
    expect(gateway.app.bus.listenerCount).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    await client.dispose();
  }, 30_000);
});
