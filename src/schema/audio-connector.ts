import type { AudioConnectionInfo } from '../providers/session-ops-types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { about, localId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { rules, sessionOpsRules } from './limits.js';
import { Session } from './refs.js';

const AudioConnection = builder.objectRef<AudioConnectionInfo>('AudioConnection');

builder.node(AudioConnection, {
  description: "A session's audio streamed to a WebSocket (Audio Connector). End it with forceDisconnect on its connectionId.",
  id: { resolve: (a) => localId(a.provider, a.sessionId, a.audioConnectionId) },
  // The platforms offer no read of one.
  loadOne: () => null,
  fields: (t) => ({
    audioConnectionId: t.exposeString('audioConnectionId', { description: 'The provider-native id.' }),
    session: t.field({ type: Session, resolve: (a) => localId(a.provider, a.sessionId) }),
    connectionId: t.exposeString('connectionId', { description: 'Its connection in the session.' }),
  }),
});

const WebSocketHeaderInput = builder.inputType('WebSocketHeaderInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Header name, e.g. "X-Customer-Id".', validate: rules.sipHeaderName }),
    value: t.string({ required: true, description: 'One line of at most 1024 characters.', validate: rules.sipHeaderValue }),
  }),
});

const ConnectAudioStreamInput = builder.inputType('ConnectAudioStreamInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (must be ROUTED).' }),
    uri: t.string({
      required: true,
      description: 'The ws:// or wss:// endpoint that receives the audio.',
      validate: sessionOpsRules.websocketUri,
    }),
    streams: t.stringList({
      description: "Only these streams' audio; every stream's when absent.",
      validate: sessionOpsRules.excludedStreamIds,
    }),
    headers: t.field({
      type: [WebSocketHeaderInput],
      description: 'Sent with the WebSocket handshake (at most 32).',
      validate: sessionOpsRules.wsHeaders,
    }),
    audioRate: t.int({ description: 'Samples per second: 8000, 16000 or 24000 (default 16000).', validate: sessionOpsRules.audioRate }),
    bidirectional: t.boolean({ description: 'Audio the endpoint sends back is played into the session.' }),
  }),
});

builder.mutationFields((t) => ({
  connectAudioStream: t.field({
    authScopes: { scope: 'video:sessions:write' },
    type: AudioConnection,
    description: "Streams a routed session's audio to a WebSocket (Audio Connector).",
    args: { input: t.arg({ type: ConnectAudioStreamInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'audioConnector', field: 'input.sessionId' });
      return about(
        'input.sessionId',
        ref.provider,
        ref.sessionId,
        ref.provider.connectAudioStream({ ...options, sessionId: ref.sessionId }),
      );
    },
  }),
}));
