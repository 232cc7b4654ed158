/**
 * OpenTok live-streaming broadcasts, and the layout and stream-selection calls of archives and
 * broadcasts (docs/providers/opentok.md#broadcasts, docs/providers/opentok.md#layouts-and-stream-selection):
 * one REST call each, with their own status meanings, and the lenient mapping of the broadcast
 * object. The recordings of the official SDKs differ from the REST docs in places
 * (docs/providers/opentok.md#recorded-vs-documented): both shapes are read.
 */
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type {
  BroadcastInfo,
  BroadcastOutputStatus,
  BroadcastPage,
  BroadcastProvider,
  BroadcastStatus,
  BroadcastStatusChange,
  Layout,
  ListBroadcastsOptions,
  StartBroadcastOptions,
  StreamSelection,
} from '../broadcast-types.js';
import { RestClient } from '../rest/client.js';
import type { StatusMeaning, ProviderErrors } from '../rest/errors.js';
import type { HttpClient } from '../rest/http.js';
import { checkPaging } from '../rest/paging.js';
import { pathSegment } from '../rest/path.js';
import type { IdClaim, ProviderName, WebhookResult } from '../types.js';
import { bool, epochMs, number, text } from '../wire-values.js';
import { parseErrorBody } from './errors.js';
import { answeredBy, idNotUuid, refusal, sessionNotFound, stateConflict, surfacePlatform, type SurfacePlatform } from './platform-names.js';
import { addStreamBody, includedStreamsOf, layoutBody, removeStreamBody, streamModeBody, streamModeOf } from './layouts.js';
import { checkResolution } from './validation.js';

/** The REST operations of this file (select the wording of errors). */
export type BroadcastOperation =
  | 'startBroadcast'
  | 'stopBroadcast'
  | 'getBroadcast'
  | 'listBroadcasts'
  | 'setBroadcastLayout'
  | 'patchBroadcastStreams'
  | 'setArchiveLayout'
  | 'patchArchiveStreams';

const ROUTED_ONLY = 'only routed sessions can be broadcast: create the session with mediaMode ROUTED';
const MANUAL_ONLY = 'streams can be added or removed only when it was started with streamMode MANUAL';

/** What a 404 means for each operation, naming `platform`. */
function notFoundMessages(platform: SurfacePlatform): Readonly<Record<BroadcastOperation, string>> {
  return {
    startBroadcast: sessionNotFound(platform),
    stopBroadcast: 'broadcast not found',
    getBroadcast: 'broadcast not found',
    listBroadcasts: 'no broadcasts found',
    setBroadcastLayout: 'broadcast not found',
    patchBroadcastStreams: 'broadcast or stream not found',
    setArchiveLayout: 'archive not found',
    patchArchiveStreams: 'archive or stream not found',
  };
}

function conflict(platform: SurfacePlatform, operation: BroadcastOperation, text: string): StatusMeaning {
  const body = parseErrorBody(text);
  const relayed = body.code === 15008 || /routed|relayed|media router/i.test(body.message ?? '');
  if (operation === 'startBroadcast') {
    return relayed
      ? { code: 'PRECONDITION_FAILED', message: ROUTED_ONLY }
      : {
          code: 'CONFLICT',
          message:
            'the session is already being broadcast; stop that broadcast first, or give each concurrent broadcast its own multiBroadcastTag',
        };
  }
  if (operation === 'stopBroadcast') return { code: 'CONFLICT', message: 'the broadcast is not running' };
  if (operation === 'patchArchiveStreams') return { code: 'CONFLICT', message: 'the archive is not recording' };
  return { code: 'CONFLICT', message: stateConflict(platform) };
}

/** The status meanings of these operations, naming `platform`; 401/403, 429 and 5xx keep their shared meanings. */
function broadcastErrors(platform: SurfacePlatform): ProviderErrors<BroadcastOperation, object> {
  const notFound = notFoundMessages(platform);
  return {
    ...answeredBy(platform),
    statuses: {
      400: ({ text }) => ({ code: 'BAD_USER_INPUT', message: refusal(platform, 'the request', parseErrorBody(text).message) }),
      404: ({ operation }) => ({ code: 'NOT_FOUND', message: notFound[operation] }),
      405: ({ operation }) =>
        operation === 'patchArchiveStreams' || operation === 'patchBroadcastStreams'
          ? { code: 'PRECONDITION_FAILED', message: MANUAL_ONLY }
          : undefined,
      409: ({ operation, text }) => conflict(platform, operation, text),
    },
  };
}

/** What {@link createOpenTokBroadcasts} needs from the adapter. */
export interface OpenTokBroadcastsOptions {
  provider: ProviderName;
  http: HttpClient;
  /** The credential headers of one request. */
  auth: () => Record<string, string> | Promise<Record<string, string>>;
  /** `/v2/project/{key}`. */
  projectPath: string;
  /** Refuses a session id that is not this project's (BAD_USER_INPUT naming `field`). */
  checkSession: (sessionId: string, field: string) => void;
  /** Its claim on a broadcast or archive id (a UUID another deployment of the surface may own). */
  claimId: (id: string) => IdClaim;
  /** Called with each broadcast read or made, so later claims on its id are certain. */
  seen: (broadcastId: string) => void;
  logger?: Logger | undefined;
}

/** The broadcast, layout and stream-selection operations of one OpenTok project. */
export function createOpenTokBroadcasts(options: OpenTokBroadcastsOptions): BroadcastProvider {
  const { provider, projectPath, checkSession, logger } = options;
  const platform = surfacePlatform(provider);
  const rest = new RestClient<BroadcastOperation, object>({
    errors: broadcastErrors(platform),
    http: options.http,
    auth: options.auth,
    context: {},
    emptyBody: 'null',
  });
  const broadcastPath = (id: string) => `${projectPath}/broadcast/${pathSegment(id, 'broadcastId')}`;
  const archivePath = (id: string) => `${projectPath}/archive/${pathSegment(id, 'archiveId')}`;
  const owns = options.claimId;
  const notFound = (kind: string) => new GatewayError('NOT_FOUND', idNotUuid(platform, kind), { provider });

  const broadcastOf = (dto: unknown, operation: BroadcastOperation): BroadcastInfo => {
    const broadcast = toBroadcastInfo(dto, provider);
    if (broadcast === null) throw rest.unexpected(operation, 200);
    options.seen(broadcast.broadcastId);
    return broadcast;
  };
  const get = async (id: string): Promise<BroadcastInfo | null> => {
    const dto = await rest.json({ operation: 'getBroadcast', method: 'GET', path: broadcastPath(id), allow: [404] });
    return dto === null ? null : broadcastOf(dto, 'getBroadcast');
  };

  return {
    ownsBroadcastId: owns,

    async startBroadcast(start: StartBroadcastOptions) {
      checkSession(start.sessionId, 'input.sessionId');
      const body = planBroadcast(start);
      return broadcastOf(
        await rest.json({ operation: 'startBroadcast', method: 'POST', path: `${projectPath}/broadcast`, json: body }),
        'startBroadcast',
      );
    },

    async stopBroadcast(id) {
      if (owns(id) === 'no') throw notFound('broadcast');
      try {
        // No body, as the recordings show (opentok-node sends `{}`; both are accepted).
        const dto = await rest.json({ operation: 'stopBroadcast', method: 'POST', path: `${broadcastPath(id)}/stop` });
        return broadcastOf(dto, 'stopBroadcast');
      } catch (error) {
        // OpenTok answers 404 for a broadcast that has already stopped too: say which it is.
        if (error instanceof GatewayError && error.code === 'NOT_FOUND') {
          const known = await get(id).catch(() => null);
          if (known !== null && known.status !== 'STARTED' && known.status !== 'PAUSED') {
            throw new GatewayError('CONFLICT', 'the broadcast is not running', { provider, upstreamStatus: 404 });
          }
        }
        throw error;
      }
    },

    async getBroadcast(id) {
      return owns(id) === 'no' ? null : get(id);
    },

    async listBroadcasts(list: ListBroadcastsOptions): Promise<BroadcastPage> {
      checkPaging(list);
      if (list.sessionId !== undefined) checkSession(list.sessionId, 'sessionId');
      const json = await rest.json({
        operation: 'listBroadcasts',
        method: 'GET',
        path: `${projectPath}/broadcast`,
        query: { offset: list.offset, count: list.count, sessionId: list.sessionId },
      });
      const page = json as { count?: unknown; items?: unknown } | null;
      if (page === null || typeof page !== 'object' || !Array.isArray(page.items)) throw rest.unexpected('listBroadcasts', 200);
      const items: BroadcastInfo[] = [];
      for (const item of page.items) {
        const broadcast = toBroadcastInfo(item, provider);
        if (broadcast === null) {
          // One broadcast in a shape we do not understand must not hide the others.
          logger?.warn({ provider }, 'skipped a broadcast list item that is not a recognisable broadcast');
          continue;
        }
        items.push(broadcast);
      }
      const total = number(page.count);
      return { items, totalCount: total !== null && total >= items.length ? total : items.length };
    },

    async setBroadcastLayout(id, layout: Layout) {
      if (owns(id) === 'no') throw notFound('broadcast');
      await rest.send({ operation: 'setBroadcastLayout', method: 'PUT', path: `${broadcastPath(id)}/layout`, json: layoutBody(layout) });
    },

    async addBroadcastStream(id, stream: StreamSelection) {
      if (owns(id) === 'no') throw notFound('broadcast');
      await rest.send({
        operation: 'patchBroadcastStreams',
        method: 'PATCH',
        path: `${broadcastPath(id)}/streams`,
        json: addStreamBody(stream),
      });
    },

    async removeBroadcastStream(id, streamId) {
      if (owns(id) === 'no') throw notFound('broadcast');
      await rest.send({
        operation: 'patchBroadcastStreams',
        method: 'PATCH',
        path: `${broadcastPath(id)}/streams`,
        json: removeStreamBody(streamId),
      });
    },

    async setArchiveLayout(id, layout: Layout) {
      if (owns(id) === 'no') throw notFound('archive');
      await rest.send({ operation: 'setArchiveLayout', method: 'PUT', path: `${archivePath(id)}/layout`, json: layoutBody(layout) });
    },

    async addArchiveStream(id, stream: StreamSelection) {
      if (owns(id) === 'no') throw notFound('archive');
      await rest.send({
        operation: 'patchArchiveStreams',
        method: 'PATCH',
        path: `${archivePath(id)}/streams`,
        json: addStreamBody(stream),
      });
    },

    async removeArchiveStream(id, streamId) {
      if (owns(id) === 'no') throw notFound('archive');
      await rest.send({
        operation: 'patchArchiveStreams',
        method: 'PATCH',
        path: `${archivePath(id)}/streams`,
        json: removeStreamBody(streamId),
      });
    },
  };
}

/** Applies OpenTok's own rules and builds the `POST P/broadcast` body (only fields that are set). */
export function planBroadcast(options: StartBroadcastOptions): Record<string, unknown> {
  const outputs: Record<string, unknown> = {};
  if (options.hls !== undefined) {
    const hls: Record<string, boolean> = {};
    if (options.hls.dvr !== undefined) hls.dvr = options.hls.dvr;
    if (options.hls.lowLatency !== undefined) hls.lowLatency = options.hls.lowLatency;
    outputs.hls = hls;
  }
  if (options.rtmp !== undefined && options.rtmp.length > 0) {
    outputs.rtmp = options.rtmp.map((target) => ({
      ...(target.id ? { id: target.id } : {}),
      serverUrl: target.serverUrl,
      streamName: target.streamName,
    }));
  }
  const body: Record<string, unknown> = { sessionId: options.sessionId, outputs };
  if (options.maxDuration !== undefined) body.maxDuration = options.maxDuration;
  if (options.maxBitrate !== undefined) body.maxBitrate = options.maxBitrate;
  if (options.resolution !== undefined) {
    checkResolution('input.resolution', options.resolution);
    body.resolution = options.resolution;
  }
  if (options.layout !== undefined) body.layout = layoutBody(options.layout);
  if (options.multiBroadcastTag !== undefined) body.multiBroadcastTag = options.multiBroadcastTag;
  if (options.streamMode !== undefined) body.streamMode = streamModeBody(options.streamMode);
  if (options.hasAudio !== undefined) body.hasAudio = options.hasAudio;
  if (options.hasVideo !== undefined) body.hasVideo = options.hasVideo;
  return body;
}

const STATUSES: Readonly<Record<string, BroadcastStatus>> = {
  started: 'STARTED',
  paused: 'PAUSED',
  stopped: 'STOPPED',
  failed: 'FAILED',
};

const OUTPUT_STATUSES: Readonly<Record<string, BroadcastOutputStatus>> = {
  connecting: 'CONNECTING',
  ready: 'READY',
  live: 'LIVE',
  started: 'STARTED',
  ended: 'ENDED',
  error: 'ERROR',
  offline: 'OFFLINE',
};

function outputStatusOf(value: unknown): BroadcastOutputStatus | null {
  return OUTPUT_STATUSES[text(value)?.toLowerCase() ?? ''] ?? null;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The RTMP targets of `broadcastUrls.rtmp`: an array of `{id, serverUrl, streamName, status}`
 * (the REST docs and most recordings), or an object keyed by id (one recorded list answer).
 */
function rtmpOf(value: unknown): BroadcastInfo['rtmp'] {
  const entries: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map((item) => [null, item])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, item]) => {
    if (!isObject(item)) return [];
    const serverUrl = text(item.serverUrl);
    const streamName = text(item.streamName);
    if (serverUrl === null || streamName === null) return [];
    return [{ id: text(item.id) ?? key, serverUrl, streamName, status: outputStatusOf(item.status) }];
  });
}

/**
 * Maps a broadcast object (REST body or callback), or returns null when it is not recognisably one
 * (no id, no session id, no known status, no timestamp). `broadcastUrls` is null once stopped.
 */
export function toBroadcastInfo(dto: unknown, provider: ProviderName): BroadcastInfo | null {
  if (!isObject(dto)) return null;
  const broadcastId = text(dto.id);
  const sessionId = text(dto.sessionId);
  const status = STATUSES[text(dto.status)?.toLowerCase() ?? ''];
  const updatedAt = epochMs(dto.updatedAt);
  const createdAt = epochMs(dto.createdAt) ?? updatedAt;
  if (broadcastId === null || sessionId === null || status === undefined || createdAt === null) return null;
  const urls = isObject(dto.broadcastUrls) ? dto.broadcastUrls : {};
  const settings = isObject(dto.settings) && isObject(dto.settings.hls) ? dto.settings.hls : null;
  const hlsUrl = text(urls.hls);
  return {
    provider,
    broadcastId,
    sessionId,
    status,
    createdAt,
    updatedAt,
    resolution: text(dto.resolution),
    maxDuration: number(dto.maxDuration),
    maxBitrate: number(dto.maxBitrate),
    multiBroadcastTag: text(dto.multiBroadcastTag),
    streamMode: streamModeOf(dto.streamMode),
    hasAudio: bool(dto.hasAudio, true),
    hasVideo: bool(dto.hasVideo, true),
    hls:
      hlsUrl === null && settings === null
        ? null
        : {
            url: hlsUrl,
            status: outputStatusOf(urls.hlsStatus),
            dvr: bool(settings?.dvr, false),
            lowLatency: bool(settings?.lowLatency, false),
          },
    rtmp: rtmpOf(urls.rtmp),
    streams: includedStreamsOf(dto.streams),
  };
}

/**
 * Parses a broadcast callback (`event: "broadcast"`): one broadcast change, keyed for dedupe by the
 * signature's `jti`, else by id, status and time.
 */
export function parseBroadcastCallback(
  event: Record<string, unknown>,
  jti: string | null,
  provider: ProviderName,
  nowMs: number,
): Omit<WebhookResult, 'verified'> {
  const broadcast = toBroadcastInfo(event, provider);
  const changes: BroadcastStatusChange[] =
    broadcast === null ? [] : [{ broadcast, occurredAt: broadcast.updatedAt ?? new Date(nowMs), source: 'webhook' }];
  const stamp = broadcast?.updatedAt ?? broadcast?.createdAt;
  const businessKey =
    broadcast === null ? null : `broadcast:${broadcast.broadcastId}:${broadcast.status.toLowerCase()}:${stamp?.getTime() ?? ''}`;
  return { archiveChanges: [], broadcastChanges: changes, dedupeKey: jti ?? businessKey, eventType: 'broadcast' };
}

/** The broadcast options OpenTok takes (its capability declaration). */
export const BROADCAST_OPTIONS = [
  'hls',
  'rtmp',
  'maxDuration',
  'maxBitrate',
  'resolution',
  'layout',
  'multiBroadcastTag',
  'streamMode',
  'hasAudio',
  'hasVideo',
] as const;
