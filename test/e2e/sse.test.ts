import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  GenerateTokenDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';
import { joinClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';
import { eventReader } from '../helpers/sse.js';

const { url, emulatorUrl } = await sharedGateway();

describe('archiveStatusChanged over SSE', () => {
  it('should stream the snapshot then the changes of one archive', async () => {
    const { createSession } = await gqlOk(url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { generateToken } = await gqlOk(url, GenerateTokenDocument, { input: { sessionId: createSession.id } });
    await joinClient(emulatorUrl, generateToken.token);
    const { startArchive } = await gqlOk(url, StartArchiveDocument, { input: { sessionId: createSession.id } });

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(ArchiveStatusChangedDocument), variables: { archiveId: startArchive.id } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventReader(response);
    // The stream sends the archive's current status once it listens: from then on no change is lost.
    await events.until(1);
    await gqlOk(url, StopArchiveDocument, { id: startArchive.id });
    const received = await events.until(3);
    await events.cancel();
    expect(received.map((e) => e.data.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    expect(received[0].data.archiveStatusChanged.previousStatus).toBeNull();
  });
});
