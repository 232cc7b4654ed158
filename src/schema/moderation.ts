import { z } from 'zod';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { about, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { muteConsistency, rules, sessionOpsRules } from './limits.js';
import { Stream } from './refs.js';

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
    connectionId: t.string({ required: true, validate: rules.connectionId }),
  }),
});

const ForceUnpublishInput = builder.inputType('ForceUnpublishInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    streamId: t.string({ required: true, validate: rules.streamId }),
  }),
});

const SendSignalInput = builder.inputType('SendSignalInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    connectionId: t.string({ description: 'Only this connection; every client of the session when absent.', validate: rules.connectionId }),
    type: t.string({ description: 'At most 128 characters: letters, digits, "-", "_", "~".', validate: rules.signalType }),
    data: t.string({ required: true, description: 'At most 8 kB (UTF-8).', validate: rules.signalData }),
  }),
});

const MuteStreamInput = builder.inputType('MuteStreamInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    streamId: t.string({ required: true, validate: rules.streamId }),
  }),
});

const MuteSessionInput = builder.inputType('MuteSessionInput', {
  validate: z.custom<{ active: boolean; excludedStreamIds?: string[] | null }>().superRefine(muteConsistency),
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    active: t.boolean({
      required: true,
      description: 'True mutes the audio of every stream, and of streams published later; false lifts that.',
    }),
    excludedStreamIds: t.stringList({
      description: 'Streams a mute-all leaves alone (with active: true only).',
      validate: sessionOpsRules.excludedStreamIds,
    }),
  }),
});

builder.mutationFields((t) => ({
  muteStream: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: "Mutes one stream's audio; its publisher may unmute.",
    args: { input: t.arg({ type: MuteStreamInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'forceMute', field: 'input.sessionId' });
      // A NOT_FOUND may be the stream's: left as the provider words it.
      await ref.provider.muteStream(ref.sessionId, input.streamId);
      return true;
    },
  }),
  muteSession: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: 'Mutes every stream of a session but the excluded ones (active: true), or lifts that (active: false).',
    args: { input: t.arg({ type: MuteSessionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'forceMute', field: 'input.sessionId' });
      const excludedStreamIds = input.active ? [...(input.excludedStreamIds ?? [])] : [];
      await about(
        'input.sessionId',
        ref.provider,
        ref.sessionId,
        ref.provider.muteSession({ sessionId: ref.sessionId, active: input.active, excludedStreamIds }),
      );
      return true;
    },
  }),
}));

builder.mutationFields((t) => ({
  forceDisconnect: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: 'Disconnects a client (or hangs up a SIP call) from a session.',
    args: { input: t.arg({ type: ForceDisconnectInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'forceDisconnect', field: 'input.sessionId' });
      await ref.provider.forceDisconnect(ref.sessionId, input.connectionId);
      return true;
    },
  }),
  forceUnpublish: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: 'Stops one published stream without disconnecting its client. OpenVidu only.',
    args: { input: t.arg({ type: ForceUnpublishInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'forceUnpublish', field: 'input.sessionId' });
      await ref.provider.forceUnpublish(ref.sessionId, input.streamId);
      return true;
    },
  }),
  sendSignal: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: 'Sends a signal to every client of a session, or to one connection.',
    args: { input: t.arg({ type: SendSignalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, data, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'signals', field: 'input.sessionId', operation: 'signal', options });
      await ref.provider.signal({ ...options, data, sessionId: ref.sessionId });
      return true;
    },
  }),
}));
