/**
 * The control API under `/emulator` (README.md, The emulator): simulated clients
 * connect with real tokens, publish and leave; the whole state can be read; faults can be
 * injected; each face adds its own routes (lost callbacks or webhooks, archive files). No
 * authentication: this is a development tool and never part of a real platform.
 *
 * Every call about a client goes to the face that owns its token or its connection id: the faces
 * answer, nothing here guesses from the shape of an id.
 */
import { z } from 'zod';
import { parseJsonObject } from './body.js';
import type { Face, Mount } from './face.js';
import { faultSpecSchema } from './faults.js';
import type { FaultInjector } from './faults.js';
import { badRequest, empty, HttpError, json, jsonErrorReply, route, routeNotFound } from './http.js';

const connectSchema = z.object({
  token: z.string({ error: 'token is required' }).min(1, 'token is required'),
  data: z.string().max(1000).nullish(),
});

/** The address a simulated client connects from, as the server would see it. */
function clientIp(address: string | undefined): string {
  if (!address) return '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** Everything the emulator holds, as plain JSON (never a secret): each face's part, then the faults. */
export function emulatorState(faces: readonly Face[], faults: FaultInjector): Record<string, unknown> {
  return Object.assign({}, ...faces.map((face) => face.state()), { faults: faults.list() }) as Record<string, unknown>;
}

/** The control API, mounted at `/emulator` over the given faces. */
export function controlMount(faces: readonly Face[], faults: FaultInjector): Mount {
  const owner = (connectionId: string | undefined): Face => {
    const face = faces.find((f) => f.ownsClient(connectionId ?? ''));
    if (!face) throw new HttpError(404, 'Connection not found');
    return face;
  };

  return {
    prefix: '/emulator',
    faultable: false,
    authorize: () => undefined,
    unmatched: routeNotFound,
    errorReply: jsonErrorReply,
    routes: [
      route('POST', '/emulator/clients', async (ctx) => {
        const parsed = connectSchema.safeParse(parseJsonObject(ctx.body));
        if (!parsed.success) throw badRequest(parsed.error.issues);
        const { token, data } = parsed.data;
        const face = faces.find((f) => f.ownsClientToken(token));
        if (!face) {
          throw new HttpError(401, 'Invalid client token', { description: 'The token is in no format a face of this emulator issues.' });
        }
        const client = await face.connectClient(token, { clientData: data ?? null, ip: clientIp(ctx.req.socket.remoteAddress) });
        return json(201, client);
      }),

      route('POST', '/emulator/clients/:connectionId/streams', (ctx) => {
        const connectionId = ctx.params.connectionId ?? '';
        return json(201, owner(connectionId).publish(connectionId, ctx.body));
      }),

      route('DELETE', '/emulator/clients/:connectionId/streams/:streamId', (ctx) => {
        const connectionId = ctx.params.connectionId ?? '';
        owner(connectionId).unpublish(connectionId, ctx.params.streamId ?? '');
        return empty(204);
      }),

      route('DELETE', '/emulator/clients/:connectionId', (ctx) => {
        const connectionId = ctx.params.connectionId ?? '';
        owner(connectionId).leave(connectionId);
        return empty(204);
      }),

      route('GET', '/emulator/state', () => json(200, emulatorState(faces, faults))),

      route('POST', '/emulator/faults', (ctx) => {
        const parsed = faultSpecSchema.safeParse(parseJsonObject(ctx.body));
        if (!parsed.success) throw badRequest(parsed.error.issues);
        try {
          return json(201, { id: faults.add(parsed.data).id });
        } catch (error) {
          throw new HttpError(400, `Invalid path: ${error instanceof Error ? error.message : 'not a regular expression'}`);
        }
      }),
      route('GET', '/emulator/faults', () => json(200, faults.list())),
      route('DELETE', '/emulator/faults', () => {
        faults.clear();
        return empty(204);
      }),

      ...faces.flatMap((face) => face.controlRoutes()),
    ],
  };
}
