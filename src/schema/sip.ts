import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { about, localId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { rules, sessionOpsRules } from './limits.js';
import { Session, SipCall } from './refs.js';

builder.node(SipCall, {
  description: 'A phone or SIP endpoint dialled into a session. Hang up with forceDisconnect on its connectionId.',
  id: { resolve: (c) => localId(c.provider, c.sessionId, c.sipCallId) },
  loadOne: () => null,
  fields: (t) => ({
    sipCallId: t.exposeString('sipCallId'),
    session: t.field({ type: Session, resolve: (c) => localId(c.provider, c.sessionId) }),
    connectionId: t.exposeString('connectionId'),
    streamId: t.exposeString('streamId', { nullable: true }),
  }),
});

const SipHeaderInput = builder.inputType('SipHeaderInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Header name, e.g. "X-Customer-Id".', validate: rules.sipHeaderName }),
    value: t.string({ required: true, description: 'One line of at most 1024 characters.', validate: rules.sipHeaderValue }),
  }),
});

const SipAuthInput = builder.inputType('SipAuthInput', {
  fields: (t) => ({
    username: t.string({ required: true, validate: rules.sipCredential }),
    password: t.string({ required: true, validate: rules.sipCredential }),
  }),
});

const DialSipInput = builder.inputType('DialSipInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (must be ROUTED).' }),
    uri: t.string({
      required: true,
      description: 'e.g. "sip:+15551234567@sip.example.com;transport=tls".',
      validate: rules.sipUri,
    }),
    from: t.string({ description: '"number@domain"; the number shows on the phone.', validate: rules.sipFrom }),
    headers: t.field({
      type: [SipHeaderInput],
      description: 'Custom headers added to the SIP INVITE (at most 32).',
      validate: rules.sipHeaders,
    }),
    auth: t.field({ type: SipAuthInput, description: 'Digest credentials of your SIP gateway.' }),
    secure: t.boolean({ description: 'Encrypt media (SRTP).' }),
    video: t.boolean({ description: 'Send composed video to the SIP endpoint.' }),
    observeForceMute: t.boolean({ description: 'The SIP participant obeys force-mute.' }),
    streams: t.stringList({
      description: "Only these streams' audio reaches the SIP participant; every stream's when absent.",
      validate: sessionOpsRules.excludedStreamIds,
    }),
  }),
});

const PlayDtmfInput = builder.inputType('PlayDtmfInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    connectionId: t.string({
      description: 'Only this SIP participant (a SipCall connectionId); every SIP participant of the session when absent.',
      validate: rules.connectionId,
    }),
    digits: t.string({
      required: true,
      description: '0-9, *, # and p (a 500 ms pause), at most 256.',
      validate: sessionOpsRules.dtmfDigits,
    }),
  }),
});

builder.mutationFields((t) => ({
  dialSip: t.field({
    authScopes: { scope: 'video:sip' },
    type: SipCall,
    description: 'Dials a SIP endpoint (a phone through your SIP gateway) into a routed session.',
    args: { input: t.arg({ type: DialSipInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, uri, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'sip', field: 'input.sessionId', operation: 'dialSip', options });
      const call = ref.provider.dialSip({ ...options, uri, sessionId: ref.sessionId });
      return about('input.sessionId', ref.provider, ref.sessionId, call);
    },
  }),
  playDtmf: t.boolean({
    authScopes: { scope: 'video:sip' },
    description: 'Plays DTMF tones to one SIP participant, or to every SIP participant of the session.',
    args: { input: t.arg({ type: PlayDtmfInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'sip', field: 'input.sessionId' });
      // A NOT_FOUND may be the connection's: left as the provider words it.
      await ref.provider.playDtmf({ ...options, sessionId: ref.sessionId });
      return true;
    },
  }),
}));
