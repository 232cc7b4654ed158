/**
 * POST /signal (docs/providers/openvidu.md#signals): 400 for a missing session or wrong types, 404 for an
 * unknown session, 406 when nobody is connected or a recipient is not an active connection.
 * Fires `signalSent` with `from: null` and the resolved recipient list.
 */
import { empty, route } from '../../http.js';
import type { Route } from '../../http.js';
import { emptyError, OpenViduError } from '../errors.js';
import type { OpenViduRuntime } from '../runtime.js';
import { participants } from '../model.js';
import { jsonBody } from '../request.js';

const typeError = (): OpenViduError => new OpenViduError(400, 'Type error in some parameter');

export function signalRoutes(ov: OpenViduRuntime): Route[] {
  return [
    route('POST', '/openvidu/api/signal', (ctx) => {
      const params = jsonBody(ctx, true);
      const sessionId = params.session ?? null;
      const to = params.to ?? null;
      const type = params.type ?? null;
      const data = params.data ?? null;
      if (sessionId !== null && typeof sessionId !== 'string') throw typeError();
      if (to !== null && (!Array.isArray(to) || to.some((id) => typeof id !== 'string'))) throw typeError();
      if ((type !== null && typeof type !== 'string') || (data !== null && typeof data !== 'string')) throw typeError();
      if (sessionId === null) throw new OpenViduError(400, '"session" parameter is mandatory');

      const session = ov.platform.session(sessionId);
      if (!session) throw emptyError(404);
      const present = participants(session).map((c) => c.connectionId);
      if (!session.active || present.length === 0) throw emptyError(406);
      const wanted = (to as string[] | null) ?? [];
      if (wanted.some((id) => !present.includes(id))) throw emptyError(406);
      ov.platform.signal(
        session,
        wanted.length === 0 ? present : [...new Set(wanted)],
        (type as string | null) ?? '',
        (data as string | null) ?? '',
      );
      return empty(200);
    }),
  ];
}
