import { isGatewayError } from '../errors.js';
import { type SessionEvent, type SessionSnapshot, sessionEventStream } from '../events/session-event-stream.js';
import { readSessionSnapshot } from '../events/session-snapshot.js';
import { SESSION_EVENT_TYPES } from '../providers/session-event-types.js';
import type { ProviderName, SessionEventType, SessionInfo } from '../providers/types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import type { Context } from './context.js';
import { VideoProviderEnum } from './enums.js';
import { localId, sessionArg } from './ids.js';
import { Session } from './refs.js';

const DESCRIPTIONS: Record<SessionEventType, string> = {
  CONNECTION_CREATED: 'A client connected to the session.',
  CONNECTION_DESTROYED: 'A client left the session (or was disconnected).',
  STREAM_CREATED: 'A client started publishing a stream.',
  STREAM_DESTROYED: 'A published stream ended.',
  SESSION_CREATED: 'The session started (OpenTok: its first client joined; OpenVidu: it was created).',
  SESSION_DESTROYED: 'The session ended (its last client left, or it was closed).',
};

/** The kinds of session events. */
export const SessionEventTypeEnum = builder.enumType('SessionEventType', {
  description: 'What happened in a session.',
  values: Object.fromEntries(SESSION_EVENT_TYPES.map((type) => [type, { description: DESCRIPTIONS[type] }])) as Record<
    SessionEventType,
    { description: string }
  >,
});

/**
 * The session an event names, loaded when asked for; described from the event alone when the
 * provider no longer knows it (a session that ended).
 */
export async function eventSession(ctx: Context, provider: ProviderName, sessionId: string): Promise<SessionInfo> {
  const live = await Session.getDataloader(ctx)
    .load(localId(provider, sessionId))
    .catch((error: unknown) => {
      if (isGatewayError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    });
  return live ?? { provider, sessionId, mediaMode: 'ROUTED', archiveMode: 'MANUAL', createdAt: null };
}

const SessionEventRef = builder.objectRef<SessionEvent>('SessionEvent');

SessionEventRef.implement({
  description: 'A connection, a stream or the session itself coming or going, or (with `snapshot`) who is there now.',
  fields: (t) => ({
    type: t.field({ type: SessionEventTypeEnum, resolve: (e) => e.type }),
    provider: t.field({ type: VideoProviderEnum, resolve: (e) => e.provider }),
    session: t.field({
      type: Session,
      description: 'The session (described from the event when the provider no longer knows it).',
      resolve: (e, _args, ctx) => eventSession(ctx, e.provider, e.sessionId),
    }),
    connectionId: t.string({
      nullable: true,
      description: 'The connection that came or went; for stream events, the publishing connection when the provider says.',
      resolve: (e) => e.connectionId,
    }),
    streamId: t.string({ nullable: true, description: 'The stream, for stream events.', resolve: (e) => e.streamId }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When the provider says it happened (for snapshot events: when the connection joined, or when read).',
      resolve: (e) => e.occurredAt,
    }),
    reason: t.string({
      nullable: true,
      description: "Why it ended, in the provider's words (e.g. clientDisconnected, forceUnpublishByUser).",
      resolve: (e) => e.reason,
    }),
    snapshot: t.boolean({
      description:
        'True for events that describe who is there now (sent first, and again after the gateway may have missed events), not a change seen live.',
      resolve: (e) => e.snapshot,
    }),
  }),
});

builder.subscriptionFields((t) => ({
  sessionEvents: t.field({
    authScopes: { scope: 'video:events' },
    type: SessionEventRef,
    description:
      "Who comes and goes in a session, live: connections and streams created and destroyed, and the session starting and ending. Where the provider can list them, who is there now comes first (`snapshot: true`: OpenVidu connections and streams, OpenTok and Vonage streams), and again after the gateway may have missed events. Fed by the provider's session-monitoring callbacks or webhooks (docs/operations.md#session-monitoring); duplicates and stale events are dropped.",
    args: { sessionId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const { provider, sessionId } = sessionArg(ctx, String(args.sessionId), 'sessionId');
      requireSupport(provider, { feature: 'webhooks', field: 'sessionId' });
      // Read now, so the subscription itself fails (not its first event) when the provider does not
      // know the session; that first reading is the first snapshot, later ones (resyncs) read anew.
      let first: Promise<SessionSnapshot> | null = Promise.resolve(await readSessionSnapshot(provider, sessionId));
      const snapshot = () => {
        const reading = first ?? readSessionSnapshot(provider, sessionId);
        first = null;
        return reading;
      };
      return sessionEventStream({ bus: ctx.bus, provider: provider.name, sessionId, snapshot });
    },
    resolve: (event) => event,
  }),
}));
