/**
 * Session endpoints (docs/providers/openvidu.md#sessions): create, get, list, close.
 */
import { empty, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { emptyError } from '../errors.js';
import type { OpenViduRuntime } from '../runtime.js';
import { sessionJson } from '../json.js';
import type { ViewOptions } from '../json.js';
import { checked, parseSessionProperties } from '../properties.js';
import { boolParam, jsonBody } from '../request.js';

const BASE = '/openvidu/api/sessions';

/** `?pendingConnections=false&webRtcStats=false`, the defaults of the session endpoints. */
export function sessionView(query: URLSearchParams): ViewOptions {
  return { pendingConnections: boolParam(query, 'pendingConnections', false), webRtcStats: boolParam(query, 'webRtcStats', false) };
}

export function sessionRoutes(ov: OpenViduRuntime): Route[] {
  const { platform } = ov;
  return [
    route('POST', BASE, (ctx) => {
      const properties = checked(() => parseSessionProperties(jsonBody(ctx, false)));
      // An existing custom id: 409 with no body and no change; the caller may keep using it.
      if (properties.customSessionId !== '' && platform.session(properties.customSessionId)) throw emptyError(409);
      const session = platform.createSession(properties);
      return json(200, sessionJson(session, false, { pendingConnections: false, webRtcStats: false }));
    }),

    route('GET', BASE, (ctx) => {
      const view = sessionView(ctx.query);
      const content = [...platform.sessions.values()].map((s) => sessionJson(s, platform.isRecording(s), view));
      return json(200, { numberOfElements: content.length, content });
    }),

    route('GET', `${BASE}/:sessionId`, (ctx) => {
      const view = sessionView(ctx.query);
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(404);
      return json(200, sessionJson(session, platform.isRecording(session), view));
    }),

    route('DELETE', `${BASE}/:sessionId`, (ctx) => {
      const session = platform.session(ctx.params.sessionId ?? '');
      if (!session) throw emptyError(404);
      platform.close(session, 'sessionClosedByServer');
      return empty(204);
    }),
  ];
}
