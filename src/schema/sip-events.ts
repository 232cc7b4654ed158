import { sipCallEventStream } from '../events/sip-call-stream.js';
import { SIP_CALL_EVENT_TYPES, SIP_CALL_STATES } from '../providers/session-event-types.js';
import type { SipCallEventInfo, SipCallEventType, SipCallState } from '../providers/types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { VideoProviderEnum } from './enums.js';
import { sessionArg } from './ids.js';
import { Session } from './refs.js';
import { eventSession } from './session-events.js';

const TYPE_DESCRIPTIONS: Record<SipCallEventType, string> = {
  CALL_CREATED: 'The call was placed.',
  CALL_UPDATED: 'The call moved to a new state (see `state`).',
  CALL_DESTROYED: 'The call ended (see `reasonCode` and `reasonMessage`).',
  MUTE_FORCED: "The call's audio was muted by a moderator (only for calls dialled with observeForceMute).",
};

const SipCallEventTypeEnum = builder.enumType('SipCallEventType', {
  description: 'What happened to a SIP call.',
  values: Object.fromEntries(SIP_CALL_EVENT_TYPES.map((type) => [type, { description: TYPE_DESCRIPTIONS[type] }])) as Record<
    SipCallEventType,
    { description: string }
  >,
});

const SipCallStateEnum = builder.enumType('SipCallState', {
  description: 'The state of a SIP call, as its provider reports it.',
  values: SIP_CALL_STATES as readonly SipCallState[],
});

const SipCallEventRef = builder.objectRef<SipCallEventInfo>('SipCallEvent');

SipCallEventRef.implement({
  description: 'A SIP call changed status.',
  fields: (t) => ({
    type: t.field({ type: SipCallEventTypeEnum, resolve: (e) => e.type }),
    provider: t.field({ type: VideoProviderEnum, resolve: (e) => e.provider }),
    session: t.field({
      type: Session,
      description: 'The session the call is in (described from the event when the provider no longer knows it).',
      resolve: (e, _args, ctx) => eventSession(ctx, e.provider, e.sessionId),
    }),
    sipCallId: t.string({ description: "The provider's id of the call (the `sipCallId` of `dialSip`).", resolve: (e) => e.sipCallId }),
    connectionId: t.string({
      nullable: true,
      description: 'The connection the call joined the session as.',
      resolve: (e) => e.connectionId,
    }),
    state: t.field({ type: SipCallStateEnum, nullable: true, resolve: (e) => e.state }),
    reasonCode: t.int({
      nullable: true,
      description: "When the call ended: the SIP status or the provider's clearing code.",
      resolve: (e) => e.reasonCode,
    }),
    reasonMessage: t.string({ nullable: true, resolve: (e) => e.reasonMessage }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

builder.subscriptionFields((t) => ({
  sipCallStatusChanged: t.field({
    authScopes: { scope: 'video:sip' },
    type: SipCallEventRef,
    description:
      "The status changes of a session's SIP calls, live, from the provider's SIP call callbacks (docs/operations.md#session-monitoring). Only signed callbacks are published: a call's status cannot be read back to check a hint.",
    args: { sessionId: t.arg.id({ required: true }) },
    subscribe: (_root, args, ctx) => {
      const { provider, sessionId } = sessionArg(ctx, String(args.sessionId), 'sessionId');
      requireSupport(provider, { feature: 'sip', field: 'sessionId' });
      return sipCallEventStream({ bus: ctx.bus, provider: provider.name, sessionId });
    },
    resolve: (event) => event,
  }),
}));
