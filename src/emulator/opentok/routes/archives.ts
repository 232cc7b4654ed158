/**
 * Archive routes of the REST face (docs/providers/opentok.md#archives): start, stop, get, list, delete,
 * layout, stream selection. The lifecycle itself lives in `archiving.ts`.
 */
import { z } from 'zod';
import { archiveNotFound, RESOLUTIONS } from '../archiving.js';
import type { ArchiveLayout, StartArchiveOptions } from '../archiving.js';
import { parseJsonObject } from '../../body.js';
import { badRequest, empty, HttpError, json, route } from '../../http.js';
import type { Route } from '../../http.js';
import { requireSession } from '../runtime.js';
import type { Runtime } from '../runtime.js';

const LAYOUT_TYPES = ['bestFit', 'pip', 'verticalPresentation', 'horizontalPresentation', 'focus', 'custom'] as const;

/** `{type, stylesheet?, screenshareType?}`: custom needs a stylesheet, screenshareType needs bestFit. */
export const layoutSchema = z
  .object({
    type: z.enum(LAYOUT_TYPES),
    stylesheet: z.string().nullish(),
    screenshareType: z.enum(LAYOUT_TYPES).exclude(['custom']).nullish(),
  })
  .refine((l) => l.type !== 'custom' || (l.stylesheet ?? '') !== '', {
    message: 'a custom layout needs a stylesheet',
    path: ['stylesheet'],
  })
  .refine((l) => l.screenshareType == null || l.type === 'bestFit', {
    message: 'screenshareType is allowed only with type "bestFit"',
    path: ['screenshareType'],
  });

/** Body of `POST /archive`. `null` counts as unset (some SDKs send nulls). */
const startSchema = z.object({
  sessionId: z.string({ error: 'a session ID is required' }).min(1, 'a session ID is required'),
  name: z.string().max(80).nullish(),
  hasAudio: z.boolean().nullish(),
  hasVideo: z.boolean().nullish(),
  outputMode: z.enum(['composed', 'individual']).nullish(),
  resolution: z.string().nullish(),
  layout: layoutSchema.nullish(),
  streamMode: z.enum(['auto', 'manual']).nullish(),
  multiArchiveTag: z.string().min(1).max(80).nullish(),
  maxBitrate: z.number().int().min(100_000).max(6_000_000).nullish(),
  quantizationParameter: z.number().int().min(15).max(40).nullish(),
  hasTranscription: z.boolean().nullish(),
  transcriptionProperties: z.object({ primaryLanguageCode: z.string().min(1).optional(), hasSummary: z.boolean().optional() }).nullish(),
});

export const patchStreamsSchema = z
  .object({
    addStream: z.string().min(1).optional(),
    removeStream: z.string().min(1).optional(),
    hasAudio: z.boolean().optional(),
    hasVideo: z.boolean().optional(),
  })
  .refine((p) => (p.addStream === undefined) !== (p.removeStream === undefined), {
    message: 'give exactly one of addStream or removeStream',
    path: ['addStream'],
  });

/** Drops unset optional layout fields (the SDKs send `stylesheet: undefined` or null). */
export function toLayout(l: z.infer<typeof layoutSchema>): ArchiveLayout {
  return {
    type: l.type,
    ...(l.stylesheet ? { stylesheet: l.stylesheet } : {}),
    ...(l.screenshareType ? { screenshareType: l.screenshareType } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Archive ids are UUIDs; the platform answers anything else with its unknown-id 404 (as recorded). */
function archiveId(raw: string | undefined): string {
  if (!raw || !UUID.test(raw)) throw archiveNotFound(raw ?? '');
  return raw;
}

/** Validates a start body against the rules that are not about the session. */
export function parseStartArchive(body: Record<string, unknown>): { sessionId: string; options: StartArchiveOptions } {
  const parsed = startSchema.safeParse(body);
  if (!parsed.success) throw badRequest(parsed.error.issues);
  const b = parsed.data;
  const outputMode = b.outputMode ?? 'composed';
  const hasAudio = b.hasAudio ?? true;
  const hasVideo = b.hasVideo ?? true;
  if (!hasAudio && !hasVideo)
    throw new HttpError(400, 'An archive must have audio, video or both: hasAudio and hasVideo cannot both be false');
  if (b.resolution != null) {
    if (outputMode === 'individual') throw new HttpError(400, 'resolution cannot be set for individual archives');
    if (!(RESOLUTIONS as readonly string[]).includes(b.resolution)) {
      throw new HttpError(400, `Invalid resolution: must be one of ${RESOLUTIONS.join(', ')}`);
    }
  }
  if (outputMode === 'individual' && (b.maxBitrate != null || b.quantizationParameter != null)) {
    throw new HttpError(400, 'maxBitrate and quantizationParameter apply to composed archives only');
  }
  if (b.maxBitrate != null && b.quantizationParameter != null) {
    throw new HttpError(400, 'maxBitrate and quantizationParameter cannot be set together');
  }
  return {
    sessionId: b.sessionId,
    options: {
      name: b.name ?? null,
      hasAudio,
      hasVideo,
      outputMode,
      resolution: b.resolution ?? null,
      streamMode: b.streamMode ?? 'auto',
      multiArchiveTag: b.multiArchiveTag ?? null,
      layout: b.layout ? toLayout(b.layout) : null,
      maxBitrate: b.maxBitrate ?? null,
      quantizationParameter: b.quantizationParameter ?? null,
      hasTranscription: b.hasTranscription ?? false,
      transcriptionProperties: b.transcriptionProperties ?? null,
    },
  };
}

/** Reads a non-negative integer query parameter. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new HttpError(400, `Invalid ${name}: must be an integer >= ${min}`);
  return value;
}

/** Default and maximum page size of list endpoints. */
export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

/** The archive routes of the REST face. */
export function archiveRoutes(rt: Runtime): Route[] {
  const base = '/v2/project/:apiKey/archive';
  return [
    route('POST', base, (ctx) => {
      const { sessionId, options } = parseStartArchive(parseJsonObject(ctx.body));
      const session = requireSession(rt, sessionId);
      return json(200, rt.archives.toJson(rt.archives.start(session, options)));
    }),
    route('GET', base, (ctx) => {
      const offset = intParam(ctx.query, 'offset', 0, 0);
      const count = Math.min(intParam(ctx.query, 'count', DEFAULT_COUNT, 1), MAX_COUNT);
      const sessionId = ctx.query.get('sessionId') || undefined;
      const page = rt.archives.list({ offset, count, ...(sessionId ? { sessionId } : {}) });
      return json(200, { count: page.count, items: page.items.map((a) => rt.archives.toJson(a)) });
    }),
    route('GET', `${base}/:archiveId`, (ctx) => {
      const archive = rt.archives.get(archiveId(ctx.params.archiveId));
      if (!archive) throw archiveNotFound(ctx.params.archiveId ?? '');
      return json(200, rt.archives.toJson(archive));
    }),
    route('DELETE', `${base}/:archiveId`, (ctx) => {
      rt.archives.delete(archiveId(ctx.params.archiveId));
      return empty(204);
    }),
    route('POST', `${base}/:archiveId/stop`, (ctx) => {
      parseJsonObject(ctx.body);
      const archive = rt.archives.stopByUser(archiveId(ctx.params.archiveId));
      return json(200, rt.archives.toJson(archive));
    }),
    route('PUT', `${base}/:archiveId/layout`, (ctx) => {
      const id = archiveId(ctx.params.archiveId);
      const parsed = layoutSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      rt.archives.setLayout(id, toLayout(parsed.data));
      return empty(200);
    }),
    route('PATCH', `${base}/:archiveId/streams`, (ctx) => {
      const id = archiveId(ctx.params.archiveId);
      const parsed = patchStreamsSchema.safeParse(parseJsonObject(ctx.body));
      if (!parsed.success) throw badRequest(parsed.error.issues);
      const p = parsed.data;
      rt.archives.patchStreams(id, {
        ...(p.addStream !== undefined ? { addStream: p.addStream } : {}),
        ...(p.removeStream !== undefined ? { removeStream: p.removeStream } : {}),
        hasAudio: p.hasAudio ?? true,
        hasVideo: p.hasVideo ?? true,
      });
      return empty(204);
    }),
  ];
}
