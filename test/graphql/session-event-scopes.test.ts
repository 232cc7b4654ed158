/**
 * Refusals of the live session views (src/schema/session-events.ts, src/schema/sip-events.ts) with
 * the fake provider: `sessionEvents` needs video:events and `sipCallStatusChanged` video:sip
 * (FORBIDDEN naming it, UNAUTHENTICATED with no token), the `video_sessions` claim applies, and a
 * provider without SIP refuses `sipCallStatusChanged` before any call.
 */
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSessionEvent } from '../../src/events/session-event-stream.js';
import { publishSipCallEvent } from '../../src/events/sip-call-stream.js';
import { createFakeProvider, EVERYTHING, type FakeProvider } from '../fixtures/fake-provider.js';
import { createInProcessGateway, type InProcessGateway } from '../fixtures/in-process-gateway.js';
import { bearer, hsToken, TEST_AUTH_SECRET, type TestClaims } from '../helpers/caller-tokens.js';
import { gql } from '../helpers/graphql.js';
import { until } from '../helpers/until.js';

let provider: FakeProvider;
let nosip: FakeProvider;
let gateway: InProcessGateway;

beforeAll(() => {
  provider = createFakeProvider();
  nosip = createFakeProvider({ name: 'OPENVIDU', capabilities: { ...EVERYTHING, sip: false } });
  gateway = createInProcessGateway([provider, nosip], { env: { AUTH_JWT_SECRET: TEST_AUTH_SECRET } });
});
afterAll(async () => {
  await gateway.close();
});

const EVENTS = 'subscription($s: ID!) { sessionEvents(sessionId: $s) { type connectionId snapshot } }';
const SIP = 'subscription($s: ID!) { sipCallStatusChanged(sessionId: $s) { type sipCallId state } }';

const codes = (result: ExecutionResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

async function newSession(name: 'OPENTOK' | 'OPENVIDU' = 'OPENTOK'): Promise<{ id: string; sessionId: string }> {
  const created = await gql(
    gateway,
    'mutation($p: VideoProvider) { createSession(input: { provider: $p }) { id sessionId } }',
    { p: name },
    bearer(await hsToken({ scope: 'video:admin' })),
  );
  return (created.data as { createSession: { id: string; sessionId: string } }).createSession;
}

/** Opens a subscription over SSE; `publish` runs once it listens (when given). Returns the first payload. */
async function firstEvent(claims: TestClaims | null, query: string, sessionId: string, publish?: () => void): Promise<ExecutionResult> {
  const listeners = gateway.bus.listenerCount;
  const response = await gateway.fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(claims ? bearer(await hsToken(claims)) : {}) },
    body: JSON.stringify({ query, variables: { s: sessionId } }),
  });
  const reader = response.body!.getReader();
  const read = (async () => {
    let text = '';
    while (!/\ndata: .*\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    return text;
  })();
  if (publish) {
    await until('the subscription listens', () => gateway.bus.listenerCount > listeners);
    publish();
  }
  const text = await read;
  await reader.cancel();
  return JSON.parse(/data: (.*)\n/.exec(text)?.[1] ?? '{}') as ExecutionResult;
}

describe('sessionEvents refusals', () => {
  it('should stream sessionEvents with video:events and refuse it without, naming the scope', async () => {
    const session = await newSession();
    const event = {
      provider: 'OPENTOK' as const,
      sessionId: session.sessionId,
      type: 'CONNECTION_CREATED' as const,
      connectionId: 'c-1',
      streamId: null,
      occurredAt: new Date(),
      reason: null,
    };
    const allowed = await firstEvent({ scope: 'video:events' }, EVENTS, session.id, () => publishSessionEvent(gateway.bus, event));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ sessionEvents: { type: 'CONNECTION_CREATED', connectionId: 'c-1', snapshot: false } });

    const before = provider.calls.length;
    const refused = await firstEvent({ scope: 'video:sessions:read video:sip' }, EVENTS, session.id);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video:events');
    expect(codes(await firstEvent(null, EVENTS, session.id))).toEqual(['UNAUTHENTICATED']);
    expect(provider.calls.length).toBe(before);
  });

  it('should refuse sessionEvents on a session outside the video_sessions claim', async () => {
    const [mine, other] = [await newSession(), await newSession()];
    const refused = await firstEvent({ scope: 'video:events', video_sessions: [mine.sessionId] }, EVENTS, other.id);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video_sessions');
  });
});

describe('sipCallStatusChanged refusals', () => {
  it('should stream SIP call events with video:sip and refuse them without, naming the scope', async () => {
    const session = await newSession();
    const event = {
      provider: 'OPENTOK' as const,
      sessionId: session.sessionId,
      sipCallId: 'call-1',
      connectionId: 'c-sip',
      type: 'CALL_UPDATED' as const,
      state: 'ACTIVE' as const,
      reasonCode: null,
      reasonMessage: null,
      occurredAt: new Date(),
    };
    const allowed = await firstEvent({ scope: 'video:sip' }, SIP, session.id, () => publishSipCallEvent(gateway.bus, event));
    expect(allowed.data).toEqual({ sipCallStatusChanged: { type: 'CALL_UPDATED', sipCallId: 'call-1', state: 'ACTIVE' } });
    const refused = await firstEvent({ scope: 'video:events' }, SIP, session.id);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toContain('video:sip');
  });

  it('should refuse sipCallStatusChanged on a provider without SIP, before any call', async () => {
    const session = await newSession('OPENVIDU');
    const before = nosip.calls.length;
    const refused = await firstEvent({ scope: 'video:admin' }, SIP, session.id);
    expect(codes(refused)).toEqual(['UNSUPPORTED_BY_PROVIDER']);
    expect(nosip.calls.length).toBe(before);
  });
});
