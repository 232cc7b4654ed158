import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { about, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { rules, sessionOpsRules } from './limits.js';
import { Connection } from './refs.js';

const ConnectIpCameraInput = builder.inputType('ConnectIpCameraInput', {
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    rtspUri: t.string({
      required: true,
      description: 'The camera feed: rtsp://, rtsps://, http(s):// or file://.',
      validate: sessionOpsRules.rtspUri,
    }),
    data: t.string({
      description: 'Server data of the connection, seen by every client (at most 1000 characters).',
      validate: rules.tokenData,
    }),
    record: t.boolean({ description: 'Whether INDIVIDUAL recordings include it (default true).' }),
    adaptativeBitrate: t.boolean({ description: 'Let the media server adapt the bitrate (default true).' }),
    onlyPlayWithSubscribers: t.boolean({ description: "Pull the camera's feed only while someone subscribes (default true)." }),
    networkCache: t.int({ description: 'Milliseconds of buffer, 0-60000 (default 2000).', validate: sessionOpsRules.networkCache }),
  }),
});

builder.mutationFields((t) => ({
  connectIpCamera: t.field({
    authScopes: { scope: 'video:sessions:write' },
    type: Connection,
    description:
      'Adds an IP camera to a session: a connection that is active at once and publishes the feed as a stream. Remove it with forceDisconnect.',
    args: { input: t.arg({ type: ConnectIpCameraInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'ipCameras', field: 'input.sessionId' });
      return about('input.sessionId', ref.provider, ref.sessionId, ref.provider.connectIpCamera({ ...options, sessionId: ref.sessionId }));
    },
  }),
}));
