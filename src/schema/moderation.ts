import { builder } from './builder.js';
import { sessionArg } from './ids.js';
import { Stream } from './refs.js';
import { requireCapability } from './capabilities.js';
import { check, forceDisconnectInput, forceUnpublishInput, signalInput } from './validation.js';

Stream.implement({
  description: 'A stream a client publishes in a session.',
  fields: (t) => ({
    streamId: t.exposeString('streamId'),
    videoType: t.exposeString('videoType', { nullable: true, description: '"camera", "screen" or "custom".' }),
    name: t.exposeString('name', { nullable: true }),
    layoutClassList: t.exposeStringList('layoutClassList'),
  }),
});

const ForceDisconnectInput = builder.inputType('ForceDisconnectInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    connectionId: t.string({ required: true }),
  }),
});

const ForceUnpublishInput = builder.inputType('ForceUnpublishInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    streamId: t.string({ required: true }),
  }),
});

const SendSignalInput = builder.inputType('SendSignalInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    connectionId: t.string({ description: 'Only this connection; every client of the session when absent.' }),
    type: t.string({ description: 'At most 128 characters: letters, digits, "-", "_", "~".' }),
    data: t.string({ required: true, description: 'At most 8 kB.' }),
  }),
});

builder.mutationFields((t) => ({
  forceDisconnect: t.boolean({
    description: 'Disconnects a client (or hangs up a SIP call) from a session.',
    args: { input: t.arg({ type: ForceDisconnectInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const options = check(forceDisconnectInput, input, 'input');
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireCapability(ref.provider, 'forceDisconnect', 'input.sessionId');
      await ref.provider.forceDisconnect(ref.sessionId, options.connectionId);
      return true;
    },
  }),
  forceUnpublish: t.boolean({
    description: 'Stops one published stream without disconnecting its client. OpenVidu only.',
    args: { input: t.arg({ type: ForceUnpublishInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const options = check(forceUnpublishInput, input, 'input');
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireCapability(ref.provider, 'forceUnpublish', 'input.sessionId');
      await ref.provider.forceUnpublish(ref.sessionId, options.streamId);
      return true;
    },
  }),
  sendSignal: t.boolean({
    description: 'Sends a signal to every client of a session, or to one connection.',
    args: { input: t.arg({ type: SendSignalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const options = check(signalInput, input, 'input');
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireCapability(ref.provider, 'signals', 'input.sessionId');
      await ref.provider.signal({ ...options, sessionId: ref.sessionId });
      return true;
    },
  }),
}));
