import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { sessionArg } from './ids.js';
import { rules, sessionOpsRules } from './limits.js';
import { Stream } from './refs.js';

const StreamLayoutInput = builder.inputType('StreamLayoutInput', {
  fields: (t) => ({
    streamId: t.string({ required: true, validate: rules.streamId }),
    layoutClassList: t.stringList({
      required: true,
      description: 'The classes the stream gets in composed layouts (at most 32; an empty list clears them).',
      validate: rules.layoutClasses,
    }),
  }),
});

const SetStreamLayoutClassesInput = builder.inputType('SetStreamLayoutClassesInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    streams: t.field({
      type: [StreamLayoutInput],
      required: true,
      description: 'Each stream once; the others keep their classes.',
      validate: sessionOpsRules.streamLayouts,
    }),
  }),
});

builder.queryFields((t) => ({
  stream: t.field({
    authScopes: { scope: 'video:sessions:read' },
    type: Stream,
    nullable: true,
    description: 'One stream published in a session now; null when the session has no such stream.',
    args: {
      sessionId: t.arg.id({ required: true, description: 'Global id or provider-native session id.' }),
      streamId: t.arg.string({ required: true, validate: rules.streamId }),
    },
    resolve: async (_root, args, ctx) => {
      const ref = sessionArg(ctx, String(args.sessionId), 'sessionId');
      return ref.provider.getStream(ref.sessionId, args.streamId);
    },
  }),
}));

builder.mutationFields((t) => ({
  setStreamLayoutClasses: t.boolean({
    authScopes: { scope: 'video:moderate' },
    description: 'Sets the layout classes of streams of a session, by which composed archives and broadcasts lay them out.',
    args: { input: t.arg({ type: SetStreamLayoutClassesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const ref = sessionArg(ctx, String(input.sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'streamLayoutClasses', field: 'input.sessionId' });
      const streams = input.streams.map((s) => ({ streamId: s.streamId, layoutClassList: [...s.layoutClassList] }));
      // A NOT_FOUND may be one stream's: left as the provider words it.
      await ref.provider.setStreamLayoutClasses(ref.sessionId, streams);
      return true;
    },
  }),
}));
