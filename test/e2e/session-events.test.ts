/**
 * Live session views end to end: GraphQL over real HTTP and graphql-ws, the emulator's simulated
 * clients, its session-monitoring callbacks (OpenTok, Vonage: signed) and webhooks (OpenVidu: not
 * verified here, so each is re-read from the emulator before it is published) back into the
 * gateway's webhook routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import {
  CreateSessionDocument,
  DialSipDocument,
  GenerateTokenDocument,
  SessionEventsDocument,
  SipCallStatusChangedDocument,
  type VideoProvider,
} from '../__generated__/graphql.js';
import { joinClient, publishStream, startTestGateway, subscribe, untilListening, wsClient } from '../helpers/gateway.js';
import { gqlOk } from '../helpers/graphql.js';

// Its own gateway: signed OpenTok and Vonage callbacks, OpenVidu webhooks as hints, and bus listener counts.
describe('sessionEvents through the gateway (embedded emulator)', () => {
  let gateway: Gateway;
  let emu: string;

  beforeAll(async () => {
    gateway = await startTestGateway({
      OPENTOK_WEBHOOK_SECRET: 'opentok-monitoring-secret-0123456789',
      VONAGE_WEBHOOK_SECRET: 'vonage-monitoring-secret-0123456789',
    });
    emu = gateway.emulator!.url;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const newSession = async (provider: VideoProvider) => {
    const { createSession } = await gqlOk(gateway.url, CreateSessionDocument, { input: { provider, mediaMode: 'ROUTED' } });
    return createSession;
  };
  const tokenFor = async (sessionId: string) =>
    (await gqlOk(gateway.url, GenerateTokenDocument, { input: { sessionId, role: 'PUBLISHER' } })).generateToken.token;
  const leave = async (connectionId: string) => {
    const response = await fetch(`${emu}/emulator/clients/${connectionId}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
  };
  const summary = (
    events: {
      data?: { sessionEvents: { type: string; connectionId?: string | null; streamId?: string | null; snapshot: boolean } } | null;
    }[],
  ) =>
    events.map((e) => {
      const s = e.data!.sessionEvents;
      return { type: s.type, connectionId: s.connectionId, streamId: s.streamId, snapshot: s.snapshot };
    });

  for (const provider of ['OPENTOK', 'VONAGE', 'OPENVIDU'] as const) {
    it(`should see a ${provider} client join, publish and leave, in order`, async () => {
      const session = await newSession(provider);
      const token = await tokenFor(session.id);
      const client = wsClient(gateway.url);
      const listening = gateway.app.bus.listenerCount;
      const sub = subscribe(client, SessionEventsDocument, { sessionId: session.id });
      try {
        await untilListening(gateway, listening + 1);
        const { connectionId } = await joinClient(emu, token);
        const streamId = await publishStream(emu, connectionId);
        const joined = await sub.until(2);
        expect(summary(joined)).toEqual([
          { type: 'CONNECTION_CREATED', connectionId, streamId: null, snapshot: false },
          { type: 'STREAM_CREATED', connectionId, streamId, snapshot: false },
        ]);
        expect(joined[0]?.data?.sessionEvents).toMatchObject({ provider, session: { id: session.id } });

        await leave(connectionId);
        const all = await sub.until(4);
        expect(summary(all.slice(2))).toEqual([
          { type: 'STREAM_DESTROYED', connectionId, streamId, snapshot: false },
          { type: 'CONNECTION_DESTROYED', connectionId, streamId: null, snapshot: false },
        ]);
        expect(all[3]?.data?.sessionEvents.reason).toBeTruthy();
      } finally {
        sub.dispose();
        await client.dispose();
      }
    });
  }

  it('should send a late OpenVidu subscriber who is there now, first, marked as a snapshot', async () => {
    const session = await newSession('OPENVIDU');
    const { connectionId } = await joinClient(emu, await tokenFor(session.id));
    const streamId = await publishStream(emu, connectionId);
    const client = wsClient(gateway.url);
    const sub = subscribe(client, SessionEventsDocument, { sessionId: session.id });
    try {
      expect(summary(await sub.until(2))).toEqual([
        { type: 'CONNECTION_CREATED', connectionId, streamId: null, snapshot: true },
        { type: 'STREAM_CREATED', connectionId, streamId, snapshot: true },
      ]);
      await leave(connectionId);
      expect(summary((await sub.until(4)).slice(2))).toEqual([
        { type: 'STREAM_DESTROYED', connectionId, streamId, snapshot: false },
        { type: 'CONNECTION_DESTROYED', connectionId, streamId: null, snapshot: false },
      ]);
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });

  it('should send a late OpenTok subscriber the streams there now (OpenTok cannot list connections)', async () => {
    const session = await newSession('OPENTOK');
    const { connectionId } = await joinClient(emu, await tokenFor(session.id));
    const streamId = await publishStream(emu, connectionId);
    const client = wsClient(gateway.url);
    const sub = subscribe(client, SessionEventsDocument, { sessionId: session.id });
    try {
      expect(summary(await sub.until(1))).toEqual([{ type: 'STREAM_CREATED', connectionId: null, streamId, snapshot: true }]);
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });

  it('should not publish an unverified event about a connection the provider does not have', async () => {
    const session = await newSession('OPENVIDU');
    const client = wsClient(gateway.url);
    const listening = gateway.app.bus.listenerCount;
    const sub = subscribe(client, SessionEventsDocument, { sessionId: session.id });
    try {
      await untilListening(gateway, listening + 1);
      const forged = await fetch(`${gateway.url}/webhooks/openvidu`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          event: 'participantJoined',
          sessionId: session.sessionId,
          connectionId: 'con_FORGED000000',
          timestamp: Date.now(),
        }),
      });
      expect(forged.status).toBe(200);
      // A real client joins after it: the first event the subscriber gets is that client.
      const { connectionId } = await joinClient(emu, await tokenFor(session.id));
      const [first] = summary(await sub.until(1));
      expect(first).toEqual({ type: 'CONNECTION_CREATED', connectionId, streamId: null, snapshot: false });
      expect(sub.events.every((e) => e.data?.sessionEvents.connectionId !== 'con_FORGED000000')).toBe(true);
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });

  it('should report an OpenTok SIP call placed and ended through sipCallStatusChanged', async () => {
    const session = await newSession('OPENTOK');
    const client = wsClient(gateway.url);
    const listening = gateway.app.bus.listenerCount;
    const sub = subscribe(client, SipCallStatusChangedDocument, { sessionId: session.id });
    try {
      await untilListening(gateway, listening + 1);
      const { dialSip } = await gqlOk(gateway.url, DialSipDocument, {
        input: { sessionId: session.id, uri: 'sip:alice@example.com;transport=tls' },
      });
      const placed = await sub.until(2);
      expect(placed.map((e) => e.data?.sipCallStatusChanged)).toMatchObject([
        { type: 'CALL_CREATED', provider: 'OPENTOK', sipCallId: dialSip.sipCallId, connectionId: dialSip.connectionId },
        { type: 'CALL_UPDATED', state: 'ACTIVE', sipCallId: dialSip.sipCallId, session: { sessionId: session.sessionId } },
      ]);
      const hangUp = await fetch(`${emu}/emulator/clients/${dialSip.connectionId}`, { method: 'DELETE' });
      expect(hangUp.status).toBe(204);
      const [, , ended] = await sub.until(3);
      expect(ended?.data?.sipCallStatusChanged).toMatchObject({ type: 'CALL_DESTROYED', state: 'HANGUP', reasonCode: 700 });
    } finally {
      sub.dispose();
      await client.dispose();
    }
  });
});
