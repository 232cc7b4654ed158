/**
 * The control API under `/emulator` (design.md, "The emulator's control API"): simulated clients
 * connect with real tokens, publish and leave; the whole state can be read; faults and lost
 * callbacks or webhooks can be injected; available archives can be downloaded. No authentication:
 * this is a development tool and never part of a real platform.
 *
 * Both faces share the client routes: an OpenVidu token is a `ws(s)://...?sessionId=...&token=...`
 * URL and OpenVidu connection ids start with `con_` (or `ipc_`), while OpenTok tokens are JWTs or
 * `T1==` strings and OpenTok connection ids are UUIDs, so each call goes to the face its id names.
 */
import { z } from 'zod';
import { archiveFile } from './opentok/archiving.js';
import { verifyClientToken } from './opentok/client-tokens.js';
import { faultSpecSchema } from './faults.js';
import { empty, HttpError, json, parseJsonObject, route } from './http.js';
import type { Route } from './http.js';
import type { Connection, Session, TypeOfVideo } from './openvidu/model.js';
import { badRequest } from './opentok/runtime.js';
import type { Runtime } from './opentok/runtime.js';

const connectSchema = z.object({
  token: z.string({ error: 'token is required' }).min(1, 'token is required'),
  data: z.string().max(1000).nullish(),
});

const publishSchema = z.object({
  hasAudio: z.boolean().default(true),
  hasVideo: z.boolean().default(true),
  videoType: z.enum(['camera', 'screen', 'custom']).default('camera'),
  name: z.string().max(1000).default(''),
});

const dropSchema = z.object({ times: z.number().int().min(1).max(1000).default(1) });

const openviduPublishSchema = z.object({
  hasAudio: z.boolean().default(true),
  hasVideo: z.boolean().default(true),
  videoType: z
    .enum(['camera', 'screen', 'custom', 'CAMERA', 'SCREEN', 'CUSTOM'])
    .default('camera')
    .transform((v) => v.toUpperCase() as TypeOfVideo),
});

const webhookDropSchema = z.object({
  times: z.number().int().min(1).max(1000).default(1),
  event: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
});

/** Whether a client token is an OpenVidu one (`ws(s)://host?sessionId=...&token=tok_...`). */
function isOpenViduToken(token: string): boolean {
  return /^wss?:\/\//i.test(token);
}

/** Whether a connection id is in the OpenVidu formats (`con_...`, `ipc_...`). */
function isOpenViduConnectionId(connectionId: string): boolean {
  return connectionId.startsWith('con_') || connectionId.startsWith('ipc_');
}

/** The address a simulated client connects from, as the server would see it. */
function clientIp(address: string | undefined): string {
  if (!address) return '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** An OpenVidu participant by connection id (pending connections are not clients yet). */
function openviduClient(rt: Runtime, connectionId: string): { session: Session; connection: Connection } {
  const found = rt.openvidu.platform.connection(connectionId);
  if (found?.connection.status !== 'active') throw new HttpError(404, 'Connection not found');
  return found;
}

/** Everything the emulator holds, as plain JSON (never the project secret). */
export function emulatorState(rt: Runtime): Record<string, unknown> {
  return {
    opentok: { apiKey: rt.project.apiKey, url: rt.baseUrl() },
    openvidu: rt.openvidu.state(),
    settings: {
      strict: rt.settings.strict,
      archiveReadyDelayMs: rt.settings.archiveReadyDelayMs,
      autoStopAfterLastLeaveMs: rt.settings.autoStopAfterLastLeaveMs,
      callbackUrl: rt.settings.callbackUrl ?? null,
      callbacksSigned: Boolean(rt.settings.callbackSecret),
    },
    sessions: [...rt.store.sessions.values()].map((s) => ({
      sessionId: s.sessionId,
      mediaMode: s.mediaMode,
      archiveMode: s.archiveMode,
      location: s.location,
      e2ee: s.e2ee,
      archiveName: s.archiveName,
      archiveResolution: s.archiveResolution,
      createdAt: s.createdAt,
      connections: [...s.connections.values()],
      streams: [...s.streams.values()],
      archives: rt.archives.forSession(s.sessionId).map((a) => rt.archives.toJson(a)),
      sipCalls: [...s.sipCalls.values()],
      signals: s.signals,
      forceMute: s.forceMute,
    })),
    faults: rt.faults.list(),
    callbacks: rt.callbacks.snapshot(),
  };
}

/** The control routes. */
export function controlRoutes(rt: Runtime): Route[] {
  return [
    route('control', 'POST', '/emulator/clients', async (ctx) => {
      const parsed = connectSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      if (isOpenViduToken(parsed.data.token)) {
        const { session, connection } = rt.openvidu.platform.join(parsed.data.token, {
          clientData: parsed.data.data ?? null,
          ip: clientIp(ctx.req.socket.remoteAddress),
          platform: 'Emulated client (emulator control API)',
        });
        return json(201, { connectionId: connection.connectionId, sessionId: session.sessionId });
      }
      const verdict = await verifyClientToken(parsed.data.token, rt.project);
      if (!verdict.ok) throw new HttpError(401, 'Invalid client token', { description: verdict.reason });
      const session = rt.store.session(verdict.grant.sessionId);
      if (!session)
        throw new HttpError(404, 'Session not found', { description: `No session ${verdict.grant.sessionId} in this project.` });
      const connection = rt.store.connect(session, {
        kind: 'client',
        role: verdict.grant.role,
        data: verdict.grant.connectionData,
        clientData: parsed.data.data ?? null,
        tokenType: verdict.grant.tokenType,
      });
      return json(201, { connectionId: connection.connectionId, sessionId: session.sessionId });
    }),

    route('control', 'POST', '/emulator/clients/:connectionId/streams', (ctx) => {
      const connectionId = ctx.params.connectionId ?? '';
      if (isOpenViduConnectionId(connectionId)) {
        const { session, connection } = openviduClient(rt, connectionId);
        if (connection.options.role === 'SUBSCRIBER') throw new HttpError(403, 'A client with the SUBSCRIBER role cannot publish');
        const parsed = openviduPublishSchema.safeParse(parseJsonObject(ctx.body));
        if (!parsed.success) throw badRequest(parsed.error.issues);
        const publisher = rt.openvidu.platform.publish(session, connection, {
          hasAudio: parsed.data.hasAudio,
          hasVideo: parsed.data.hasVideo,
          typeOfVideo: parsed.data.videoType,
        });
        return json(201, { streamId: publisher.streamId });
      }
      const found = rt.store.connection(ctx.params.connectionId ?? '');
      if (!found) throw new HttpError(404, 'Connection not found');
      if (found.connection.role === 'subscriber') {
        throw new HttpError(403, 'A client with the subscriber role cannot publish');
      }
      const parsed = publishSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const p = parsed.data;
      const stream = rt.store.publish(found.session, found.connection.connectionId, {
        hasAudio: p.hasAudio,
        hasVideo: p.hasVideo,
        videoType: p.videoType,
        name: p.name,
        layoutClassList: [],
      });
      return json(201, { streamId: stream.streamId });
    }),

    route('control', 'DELETE', '/emulator/clients/:connectionId/streams/:streamId', (ctx) => {
      const connectionId = ctx.params.connectionId ?? '';
      if (isOpenViduConnectionId(connectionId)) {
        const { session, connection } = openviduClient(rt, connectionId);
        if (!rt.openvidu.platform.unpublish(session, connection, ctx.params.streamId ?? '', 'unpublish')) {
          throw new HttpError(404, 'Stream not found');
        }
        return empty(204);
      }
      const found = rt.store.connection(ctx.params.connectionId ?? '');
      const stream = found?.session.streams.get(ctx.params.streamId ?? '');
      if (!found || stream?.connectionId !== found.connection.connectionId) throw new HttpError(404, 'Stream not found');
      rt.store.unpublish(found.session, stream.streamId);
      return empty(204);
    }),

    route('control', 'DELETE', '/emulator/clients/:connectionId', (ctx) => {
      const connectionId = ctx.params.connectionId ?? '';
      if (isOpenViduConnectionId(connectionId)) {
        const { session, connection } = openviduClient(rt, connectionId);
        rt.openvidu.platform.disconnect(session, connection, 'disconnect');
        return empty(204);
      }
      const found = rt.store.connection(ctx.params.connectionId ?? '');
      if (!found) throw new HttpError(404, 'Connection not found');
      rt.store.disconnect(found.session, found.connection.connectionId);
      return empty(204);
    }),

    route('control', 'GET', '/emulator/state', () => json(200, emulatorState(rt))),

    route('control', 'POST', '/emulator/faults', (ctx) => {
      const parsed = faultSpecSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      try {
        return json(201, { id: rt.faults.add(parsed.data).id });
      } catch (error) {
        throw new HttpError(400, `Invalid path: ${error instanceof Error ? error.message : 'not a regular expression'}`);
      }
    }),
    route('control', 'GET', '/emulator/faults', () => json(200, rt.faults.list())),
    route('control', 'DELETE', '/emulator/faults', () => {
      rt.faults.clear();
      return empty(204);
    }),

    route('control', 'POST', '/emulator/callbacks/drop', (ctx) => {
      const parsed = dropSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      rt.callbacks.dropNext(parsed.data.times);
      return json(200, { pendingDrops: rt.callbacks.snapshot().pendingDrops });
    }),

    route('control', 'POST', '/emulator/openvidu/webhooks/drop', (ctx) => {
      const parsed = webhookDropSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      rt.openvidu.webhooks.dropNext(parsed.data);
      return json(201, { pendingDrops: rt.openvidu.webhooks.snapshot().pendingDrops });
    }),

    route('control', 'GET', '/emulator/archives/:file', (ctx) => {
      const m = /^([0-9a-f-]{36})\.(mp4|zip)$/.exec(ctx.params.file ?? '');
      const archive = m?.[1] ? rt.archives.get(m[1]) : undefined;
      if (archive?.status !== 'available') throw new HttpError(404, 'Archive file not found');
      const expected = archive.outputMode === 'individual' ? 'zip' : 'mp4';
      if (m?.[2] !== expected) throw new HttpError(404, 'Archive file not found');
      return {
        status: 200,
        body: archiveFile(archive),
        contentType: expected === 'zip' ? 'application/zip' : 'video/mp4',
      };
    }),
  ];
}
