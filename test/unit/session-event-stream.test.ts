/**
 * The per-session event stream behind `sessionEvents` (src/events/session-event-stream.ts): snapshot
 * first, duplicates and stale events dropped, departures never seen dropped where the provider lists,
 * and the difference sent after a resync.
 */
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../src/events/bus.js';
import { publishSessionEvent, type SessionSnapshot, sessionEventStream } from '../../src/events/session-event-stream.js';
import type { SessionEventInfo } from '../../src/providers/types.js';

const at = (ms: number) => new Date(1_700_000_000_000 + ms);
const event = (type: SessionEventInfo['type'], ids: { c?: string; s?: string }, ms: number): SessionEventInfo => ({
  provider: 'OPENVIDU',
  sessionId: 'ses_A',
  type,
  connectionId: ids.c ?? null,
  streamId: ids.s ?? null,
  occurredAt: at(ms),
  reason: null,
});

function resyncingBus() {
  const handlers = new Set<() => void>();
  const bus = createEventBus(new EventTarget(), {
    resyncs: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  });
  return {
    bus,
    resync: () => {
      for (const handler of handlers) handler();
    },
  };
}

describe('sessionEventStream', () => {
  it('should send the snapshot first, then only real changes in order', async () => {
    const { bus } = resyncingBus();
    const snapshot: SessionSnapshot = {
      connections: [{ connectionId: 'c1', occurredAt: at(0) }],
      streams: [{ streamId: 's1', connectionId: 'c1' }],
    };
    const stream = sessionEventStream({ bus, provider: 'OPENVIDU', sessionId: 'ses_A', snapshot: async () => snapshot });
    const first = stream.next();
    expect((await first).value).toMatchObject({ type: 'CONNECTION_CREATED', connectionId: 'c1', snapshot: true });
    expect((await stream.next()).value).toMatchObject({ type: 'STREAM_CREATED', streamId: 's1', connectionId: 'c1', snapshot: true });

    publishSessionEvent(bus, event('CONNECTION_CREATED', { c: 'c1' }, 5)); // already there
    publishSessionEvent(bus, event('CONNECTION_DESTROYED', { c: 'ghost' }, 6)); // never there
    publishSessionEvent(bus, event('CONNECTION_CREATED', { c: 'c2' }, 10));
    publishSessionEvent(bus, event('CONNECTION_CREATED', { c: 'c2' }, 10)); // repeated
    publishSessionEvent(bus, event('CONNECTION_DESTROYED', { c: 'c2' }, 20));
    publishSessionEvent(bus, event('CONNECTION_CREATED', { c: 'c2' }, 15)); // older than what was seen
    publishSessionEvent(bus, event('SESSION_DESTROYED', {}, 30));
    const rest = [await stream.next(), await stream.next(), await stream.next()].map((r) => [r.value?.type, r.value?.connectionId]);
    expect(rest).toEqual([
      ['CONNECTION_CREATED', 'c2'],
      ['CONNECTION_DESTROYED', 'c2'],
      ['SESSION_DESTROYED', null],
    ]);
    await stream.return();
    expect(bus.listenerCount).toBe(0);
  });

  it('should send what changed while events may have been lost, after a resync', async () => {
    const { bus, resync } = resyncingBus();
    let now: SessionSnapshot = { connections: [{ connectionId: 'c1', occurredAt: at(0) }], streams: [] };
    const stream = sessionEventStream({ bus, provider: 'OPENVIDU', sessionId: 'ses_A', snapshot: async () => now });
    expect((await stream.next()).value).toMatchObject({ type: 'CONNECTION_CREATED', connectionId: 'c1' });
    now = { connections: [{ connectionId: 'c2', occurredAt: at(50) }], streams: [] };
    resync();
    const changes = [await stream.next(), await stream.next()].map((r) => [r.value?.type, r.value?.connectionId, r.value?.snapshot]);
    expect(changes).toEqual([
      ['CONNECTION_CREATED', 'c2', true],
      ['CONNECTION_DESTROYED', 'c1', true],
    ]);
    await stream.return();
  });
});
