/**
 * Session-monitoring and SIP call callbacks (docs/providers/opentok.md#session-monitoring): one POST
 * per connection or stream coming or going, and per SIP call placed or ended, with the envelope
 * `{sessionId, projectId, event, timestamp}` and the subject (`connection`, `stream` or `call`),
 * signed like archive callbacks when a secret is set. They go to the session-monitoring URL, which a
 * project configures apart from the archive callback URL: none is sent while it is unset. Delivery is
 * ordered per session and retried like archive callbacks.
 */
import type { Timers } from '../clock.js';
import type { DeliveryPolicy, Webhook } from '../webhook-sender.js';
import { numericKey } from './archiving.js';
import { CALLBACK_POLICY, sign } from './callbacks.js';
import type { ConnectionRecord, SessionRecord, StoreEvent, StreamRecord } from './store.js';

/** How monitoring callbacks are delivered: per session in order, otherwise as archive callbacks. */
export const MONITORING_CALLBACK_POLICY: DeliveryPolicy = {
  ...CALLBACK_POLICY,
  label: 'session monitoring callback',
  orderedBy: 'sessionId',
};

/** Where and how monitoring callbacks go; read at each event so `configure()` takes effect. */
export interface MonitoringTarget {
  monitoringUrl?: string | undefined;
  callbackSecret?: string | undefined;
}

/** The reasons the platform gives when a client leaves by itself. */
const CLIENT_LEFT = 'clientDisconnected';

function connectionJson(connection: ConnectionRecord): Record<string, unknown> {
  return { id: connection.connectionId, createdAt: connection.createdAt, data: connection.data ?? '' };
}

function streamJson(stream: StreamRecord, connection: ConnectionRecord | undefined): Record<string, unknown> {
  return {
    id: stream.streamId,
    connection: connection ? connectionJson(connection) : { id: stream.connectionId },
    createdAt: stream.createdAt,
    name: stream.name,
    videoType: stream.videoType,
  };
}

/** Builds the monitoring callbacks of one deployment, to send through its own sender. */
export function monitoringCallbacks(apiKey: string, target: MonitoringTarget, timers: Pick<Timers, 'now'>) {
  const build = (session: SessionRecord, event: string, fields: Record<string, unknown>): Webhook | undefined => {
    const url = target.monitoringUrl;
    if (!url) return undefined;
    const body = JSON.stringify({ sessionId: session.sessionId, projectId: numericKey(apiKey), event, timestamp: timers.now(), ...fields });
    const secret = target.callbackSecret;
    return {
      url,
      body,
      tags: { sessionId: session.sessionId, event },
      ...(secret ? { headers: async () => ({ authorization: `Bearer ${await sign(secret, apiKey, body)}` }) } : {}),
    };
  };

  return {
    /** The callback for a connection or stream coming or going. */
    ofStoreEvent(event: StoreEvent): Webhook | undefined {
      const { session } = event;
      switch (event.type) {
        case 'connectionCreated':
          return build(session, event.type, { connection: connectionJson(event.connection) });
        case 'connectionDestroyed':
          return build(session, event.type, { reason: CLIENT_LEFT, connection: connectionJson(event.connection) });
        case 'streamCreated':
          return build(session, event.type, { stream: streamJson(event.stream, session.connections.get(event.stream.connectionId)) });
        case 'streamDestroyed':
          return build(session, event.type, {
            reason: CLIENT_LEFT,
            stream: streamJson(event.stream, session.connections.get(event.stream.connectionId)),
          });
      }
    },
    /** The callback for a SIP call event (`callCreated`, `callUpdated` with a state, `callDestroyed`). */
    ofCall(
      session: SessionRecord,
      event: 'callCreated' | 'callUpdated' | 'callDestroyed',
      call: { id: string; connectionId: string; createdAt: number },
      extra: Record<string, unknown> = {},
    ): Webhook | undefined {
      return build(session, event, { call: { id: call.id, connectionId: call.connectionId, createdAt: call.createdAt }, ...extra });
    },
  };
}
