/**
 * Connection endpoints (docs/providers/openvidu.md#connections-and-tokens): create (pending WEBRTC with a token, or
 * IPCAM), list (pending ones shown by default here), get, delete (force disconnect or token
 * invalidation), force unpublish, and the deprecated POST /tokens. Note the quirks: an unknown
 * session is a 400 on the single-connection and stream endpoints, but a 404 elsewhere.
 */
import { empty, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { emptyError, OpenViduError } from '../errors.js';
import type { OpenViduRuntime } from '../runtime.js';
import { connectionJson, tokenJson, visibleConnections } from '../json.js';
import { checked, parseConnectionOptions } from '../properties.js';
import { boolParam, jsonBody } from '../request.js';

const BASE = '/openvidu/api/sessions/:sessionId';

export function connectionRoutes(ov: OpenViduRuntime): Route[] {
  const { platform } = ov;
  return [
    route('POST', `${BASE}/connection`, (ctx) => {
      // Spring reads the body (415/400) before the handler looks the session up.
      const params = jsonBody(ctx, false);
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(404);
      const options = checked(() => parseConnectionOptions(params, ov.timers.now()));
      return json(200, connectionJson(platform.createConnection(session, options)));
    }),

    route('GET', `${BASE}/connection`, (ctx) => {
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(404);
      const view = {
        pendingConnections: boolParam(ctx.query, 'pendingConnections', true),
        webRtcStats: boolParam(ctx.query, 'webRtcStats', false),
      };
      const content = visibleConnections(session, view).map((c) => connectionJson(c, view));
      return json(200, { numberOfElements: content.length, content });
    }),

    route('GET', `${BASE}/connection/:connectionId`, (ctx) => {
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(400);
      const connection = session.connections.get(ctx.params.connectionId ?? '');
      if (!connection) throw emptyError(404);
      const view = { pendingConnections: true, webRtcStats: boolParam(ctx.query, 'webRtcStats', false) };
      return json(200, connectionJson(connection, view));
    }),

    route('DELETE', `${BASE}/connection/:connectionId`, (ctx) => {
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(400);
      const connection = session.connections.get(ctx.params.connectionId ?? '');
      if (!connection) throw emptyError(404);
      platform.disconnect(session, connection, 'forceDisconnectByServer');
      return empty(204);
    }),

    route('DELETE', `${BASE}/stream/:streamId`, (ctx) => {
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(400);
      const streamId = ctx.params.streamId ?? '';
      const owner = session.active ? [...session.connections.values()].find((c) => c.publishers.has(streamId)) : undefined;
      if (!owner) throw emptyError(404);
      if (owner.options.type === 'IPCAM') throw emptyError(405);
      platform.unpublish(session, owner, streamId, 'forceUnpublishByServer');
      return empty(204);
    }),

    route('POST', '/openvidu/api/tokens', (ctx) => {
      const params = jsonBody(ctx, true);
      const sessionId = params.session ?? null;
      if (sessionId !== null && typeof sessionId !== 'string') throw new OpenViduError(400, 'Type error in some parameter');
      if (sessionId === null) throw new OpenViduError(400, '"session" parameter is mandatory');
      const session = platform.session(sessionId);
      if (!session) throw new OpenViduError(404, `Session ${sessionId} not found`);
      // Only these are read here; `record` is ignored and the type is always WEBRTC.
      const options = checked(() =>
        parseConnectionOptions({ role: params.role, data: params.data, kurentoOptions: params.kurentoOptions }, ov.timers.now()),
      );
      return json(200, tokenJson(platform.createConnection(session, options)));
    }),
  ];
}
