/**
 * Session-monitoring callbacks (OpenTok / Vonage) and OpenVidu webhooks parsed into neutral session
 * and SIP call events (src/providers/opentok/session-monitoring.ts, src/providers/openvidu/session-events.ts).
 */
import { describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/providers/opentok/webhook.js';
import { parseCallback } from '../../src/providers/opentok/webhook.js';
import { parseWebhook } from '../../src/providers/openvidu/webhook.js';

const SESSION = '2_MX4xMjM0NTY3OH5-MTYwMDAwMDAwMDAwMH5hYmN-fg';
const body = (value: unknown) => Buffer.from(JSON.stringify(value));
const envelope = { sessionId: SESSION, projectId: 12345678, timestamp: 1_700_000_000_000 };

describe('OpenTok session-monitoring callbacks', () => {
  it('should turn connection and stream callbacks into session events with their ids, time and reason', () => {
    const joined = parseCallback(
      body({ ...envelope, event: 'connectionCreated', connection: { id: 'c-1', createdAt: 1, data: 'x' } }),
      null,
    );
    expect(joined.sessionEvents).toEqual([
      {
        provider: 'OPENTOK',
        sessionId: SESSION,
        type: 'CONNECTION_CREATED',
        connectionId: 'c-1',
        streamId: null,
        occurredAt: new Date(envelope.timestamp),
        reason: null,
      },
    ]);
    expect(joined.eventType).toBe('connectionCreated');
    expect(joined.archiveChanges).toEqual([]);

    const ended = parseCallback(
      body({ ...envelope, event: 'streamDestroyed', reason: 'forceUnpublished', stream: { id: 's-1', connection: { id: 'c-1' } } }),
      null,
    );
    expect(ended.sessionEvents).toMatchObject([
      { type: 'STREAM_DESTROYED', connectionId: 'c-1', streamId: 's-1', reason: 'forceUnpublished' },
    ]);
    expect(parseCallback(body({ ...envelope, event: 'sessionDestroyed' }), null).sessionEvents).toMatchObject([
      { type: 'SESSION_DESTROYED' },
    ]);
  });

  it('should give nothing for a monitoring callback without the id it is about', () => {
    expect(parseCallback(body({ ...envelope, event: 'streamCreated', stream: {} }), null).sessionEvents).toBeUndefined();
    expect(parseCallback(body({ event: 'connectionCreated', connection: { id: 'c-1' } }), null).sessionEvents).toBeUndefined();
  });

  it('should turn SIP call callbacks into SIP call events, with the snake-case end reason', () => {
    const call = { id: 'conf-1', connectionId: 'c-sip', createdAt: 1 };
    expect(parseCallback(body({ ...envelope, event: 'callUpdated', state: 'ringing', call }), null).sipCallEvents).toEqual([
      {
        provider: 'OPENTOK',
        sessionId: SESSION,
        sipCallId: 'conf-1',
        connectionId: 'c-sip',
        type: 'CALL_UPDATED',
        state: 'RINGING',
        reasonCode: null,
        reasonMessage: null,
        occurredAt: new Date(envelope.timestamp),
      },
    ]);
    const destroyed = parseCallback(
      body({ ...envelope, event: 'callDestroyed', call, reason_code: '704', reason_message: 'Media Timeout' }),
      null,
    );
    expect(destroyed.sipCallEvents).toMatchObject([
      { type: 'CALL_DESTROYED', state: 'HANGUP', reasonCode: 704, reasonMessage: 'Media Timeout' },
    ]);
  });

  it('should name the Vonage provider on the events of a Vonage callback', async () => {
    const handle = createWebhookHandler({ provider: 'VONAGE', secretVariable: 'VONAGE_WEBHOOK_SECRET' });
    const result = await handle({ headers: {}, rawBody: body({ ...envelope, event: 'connectionCreated', connection: { id: 'c-2' } }) });
    expect(result.verified).toBe(false);
    expect(result.sessionEvents).toMatchObject([{ provider: 'VONAGE', type: 'CONNECTION_CREATED', connectionId: 'c-2' }]);
  });
});

describe('OpenVidu webhooks as session events', () => {
  const common = { sessionId: 'ses_A', uniqueSessionId: 'ses_A_1', timestamp: 1_700_000_000_000 };

  it('should map participants to connections and OUTBOUND WebRTC connections to streams', () => {
    expect(
      parseWebhook(body({ ...common, event: 'participantJoined', connectionId: 'con_1', participantId: 'con_1' })).sessionEvents,
    ).toEqual([
      {
        provider: 'OPENVIDU',
        sessionId: 'ses_A',
        type: 'CONNECTION_CREATED',
        connectionId: 'con_1',
        streamId: null,
        occurredAt: new Date(common.timestamp),
        reason: null,
      },
    ]);
    const published = {
      ...common,
      event: 'webrtcConnectionDestroyed',
      connectionId: 'con_1',
      streamId: 'str_1',
      connection: 'OUTBOUND',
      reason: 'unpublish',
    };
    expect(parseWebhook(body(published)).sessionEvents).toMatchObject([
      { type: 'STREAM_DESTROYED', connectionId: 'con_1', streamId: 'str_1', reason: 'unpublish' },
    ]);
    expect(
      parseWebhook(body({ ...common, event: 'participantLeft', connectionId: 'con_1', reason: 'disconnect' })).sessionEvents,
    ).toMatchObject([{ type: 'CONNECTION_DESTROYED', reason: 'disconnect' }]);
    expect(parseWebhook(body({ ...common, event: 'sessionCreated' })).sessionEvents).toMatchObject([
      { type: 'SESSION_CREATED', connectionId: null },
    ]);
  });

  it('should leave subscriptions (INBOUND) and other events out', () => {
    const subscribing = { ...common, event: 'webrtcConnectionCreated', connectionId: 'con_2', streamId: 'str_1', connection: 'INBOUND' };
    expect(parseWebhook(body(subscribing)).sessionEvents).toBeUndefined();
    expect(parseWebhook(body({ ...common, event: 'signalSent', from: null, to: [], data: 'x' })).sessionEvents).toBeUndefined();
  });
});
