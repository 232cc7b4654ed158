import { GatewayError } from '../errors.js';
import type { CaptionsInfo } from '../providers/session-ops-types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { featureIdArg } from './feature-ids.js';
import { about, assertSessionAllowed, isRestrictedToSessions, localId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { sessionOpsRules } from './limits.js';
import { Session } from './refs.js';

const Captions = builder.objectRef<CaptionsInfo>('Captions');

builder.node(Captions, {
  description: 'Live captions of a session. Stop them with stopCaptions.',
  // The session is part of the id, so stopCaptions can check a caller limited to some sessions.
  id: { resolve: (c) => localId(c.provider, c.sessionId, c.captionsId) },
  // The platforms offer no read of them.
  loadOne: () => null,
  fields: (t) => ({
    captionsId: t.exposeString('captionsId', { description: 'The provider-native id.' }),
    session: t.field({ type: Session, resolve: (c) => localId(c.provider, c.sessionId) }),
  }),
});

const StartCaptionsInput = builder.inputType('StartCaptionsInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (must be ROUTED).' }),
    languageCode: t.string({ description: 'The spoken language, e.g. "en-US" (the default).', validate: sessionOpsRules.languageCode }),
    maxDuration: t.int({
      description: 'Seconds before they stop by themselves (OpenTok: at most 14400, the default).',
      validate: sessionOpsRules.runSeconds,
    }),
    partialCaptions: t.boolean({ description: 'Send partial results while a sentence is spoken (default true).' }),
    statusCallbackUrl: t.string({ description: 'Where the provider posts status changes.', validate: sessionOpsRules.httpUrl }),
  }),
});

builder.mutationFields((t) => ({
  startCaptions: t.field({
    authScopes: { scope: 'video:sessions:write' },
    type: Captions,
    description: "Starts live captions of a routed session's audio; clients receive them through their SDK.",
    args: { input: t.arg({ type: StartCaptionsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'captions', field: 'input.sessionId' });
      return about('input.sessionId', ref.provider, ref.sessionId, ref.provider.startCaptions({ ...options, sessionId: ref.sessionId }));
    },
  }),
  stopCaptions: t.boolean({
    authScopes: { scope: 'video:sessions:write' },
    description: 'Stops live captions, named by the global id startCaptions returned or the provider-native captionsId.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = featureIdArg(ctx, String(id), 'id', 'Captions', 'captions');
      requireSupport(ref.provider, { feature: 'captions', field: 'id' });
      if (ref.sessionId !== null) assertSessionAllowed(ctx, ref.provider.name, ref.sessionId, 'id');
      else if (isRestrictedToSessions(ctx)) {
        throw new GatewayError(
          'FORBIDDEN',
          'id: the caller token is limited to some sessions (video_sessions claim); pass the global id, which names the session',
          {
            field: 'id',
          },
        );
      }
      await about('id', ref.provider, ref.nativeId, ref.provider.stopCaptions(ref.nativeId));
      return true;
    },
  }),
}));
