import { builder } from './builder.js';
import { requireCapability } from './capabilities.js';
import { about, localId, sessionArg } from './ids.js';
import { Session, SipCall } from './refs.js';
import { check, dialSipInput } from './validation.js';

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
    name: t.string({ required: true, description: 'Header name, e.g. "X-Customer-Id".' }),
    value: t.string({ required: true }),
  }),
});

const SipAuthInput = builder.inputType('SipAuthInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const DialSipInput = builder.inputType('DialSipInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (must be ROUTED).' }),
    uri: t.string({ required: true, description: 'e.g. "sip:+15551234567@sip.example.com;transport=tls".' }),
    from: t.string({ description: '"number@domain"; the number shows on the phone.' }),
    headers: t.field({ type: [SipHeaderInput], description: 'Custom headers added to the SIP INVITE.' }),
    auth: t.field({ type: SipAuthInput, description: 'Digest credentials of your SIP gateway.' }),
    secure: t.boolean({ description: 'Encrypt media (SRTP).' }),
    video: t.boolean({ description: 'Send composed video to the SIP endpoint.' }),
    observeForceMute: t.boolean({ description: 'The SIP participant obeys force-mute.' }),
  }),
});

builder.mutationFields((t) => ({
  dialSip: t.field({
    type: SipCall,
    description: 'Dials a SIP endpoint (a phone through your SIP gateway) into a routed session.',
    args: { input: t.arg({ type: DialSipInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const options = check(dialSipInput, input, 'input');
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireCapability(ref.provider, 'sip', 'input.sessionId');
      return about('input.sessionId', ref.provider, ref.sessionId, ref.provider.dialSip({ ...options, sessionId: ref.sessionId }));
    },
  }),
}));
