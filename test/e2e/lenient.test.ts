import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  ArchiveStatusChangedDocument,
  CreateSessionDocument,
  StartArchiveDocument,
  StopArchiveDocument,
} from '../__generated__/graphql.js';
import { startTestGateway, subscribe, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';

describe('the GraphiQL walk-through on the default (lenient) embedded emulator', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    // What `npm start` does with no configuration: EMULATOR_STRICT defaults to false.
    gateway = await startTestGateway({ EMULATOR_STRICT: '' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should record with nobody connected, as GraphiQL users do, and reach AVAILABLE', async () => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { mediaMode: 'ROUTED' } });
    const { startArchive } = await gqlOk(gateway.url, StartArchiveDocument, {
      input: { sessionId: createSession.id, name: 'My first archive' },
    });
    expect(startArchive.status).toBe('STARTED');
    const ws = wsClient(gateway.url);
    const watch = subscribe(ws, ArchiveStatusChangedDocument, { archiveId: startArchive.id });
    await watch.until(1);
    await gqlOk(gateway.url, StopArchiveDocument, { id: startArchive.id });
    const events = await watch.until(3);
    expect(events.map((e) => e.data!.archiveStatusChanged.status)).toEqual(['STARTED', 'STOPPED', 'AVAILABLE']);
    watch.dispose();
    await ws.dispose();
  });
});
