import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { gqlOk, joinClient, startTestGateway, untilListening } from '../helpers/gateway.js';

/** Reads `n` `data:` events of a GraphQL-over-SSE (distinct connections) response. */
async function readEvents(response: Response, n: number): Promise<any[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: any[] = [];
  let buffer = '';
  while (events.length < n) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('');
      if (data && block.includes('event: next')) events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

describe('archiveStatusChanged over SSE', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should stream the snapshot then the changes of one archive', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    await joinClient(gateway.emulator!.url, generateToken.token);
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, { input: { sessionId: createSession.id } });

    const listening = gateway.app.bus.listenerCount;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(ArchiveStatusChangedDocument), variables: { archiveId: startArchive.id } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reading = readEvents(response, 3);
    await untilListening(gateway, listening + 1);
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    const events = await reading;
    expect(events.map((e) => e.data.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect(events[0].data.archiveStatusChanged.previousStatus).toBeNull();
  });
});
