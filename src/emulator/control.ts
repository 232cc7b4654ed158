/**
 * The control API under `/emulator` (design.md, "The emulator's control API"): simulated clients
 * connect with real tokens, publish and leave; the whole state can be read; faults and lost
 * callbacks can be injected; available archives can be downloaded. No authentication: this is a
 * development tool and never part of a real platform.
 */
import { z } from 'zod';
import { archiveFile } from './archiving.js';
import { verifyClientToken } from './client-tokens.js';
import { faultSpecSchema } from './faults.js';
import { empty, HttpError, json, parseJsonObject, route } from './http.js';
import type { Route } from './http.js';
import { badRequest } from './runtime.js';
import type { Runtime } from './runtime.js';

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

/** Everything the emulator holds, as plain JSON (never the project secret). */
export function emulatorState(rt: Runtime): Record<string, unknown> {
  return {
    opentok: { apiKey: rt.project.apiKey, url: rt.baseUrl() },
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
      const verdict = await verifyClientToken(parsed.data.token, rt.project);
      if (!verdict.ok) throw new HttpError(401, 'Invalid client token', { description: verdict.reason });
      const session = rt.store.session(verdict.grant.sessionId);
      if (!session) throw new HttpError(404, 'Session not found', { description: `No session ${verdict.grant.sessionId} in this project.` });
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
      const found = rt.store.connection(ctx.params.connectionId ?? '');
      const stream = found?.session.streams.get(ctx.params.streamId ?? '');
      if (!found || stream?.connectionId !== found.connection.connectionId) throw new HttpError(404, 'Stream not found');
      rt.store.unpublish(found.session, stream.streamId);
      return empty(204);
    }),

    route('control', 'DELETE', '/emulator/clients/:connectionId', (ctx) => {
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

    route('control', 'GET', '/emulator/archives/:file', (ctx) => {
      const m = /^([0-9a-f-]{36})\.(mp4|zip)$/.exec(ctx.params.file ?? '');
      const archive = m?.[1] ? rt.archives.get(m[1]) : undefined;
      if (!archive || archive.status !== 'available') throw new HttpError(404, 'Archive file not found');
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
