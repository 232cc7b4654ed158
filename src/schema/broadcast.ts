import { z } from 'zod';
import { badInput, GatewayError, isGatewayError } from '../errors.js';
import { broadcastStatusEvents, type BroadcastFilter, isFinalBroadcast, publishBroadcastChange } from '../events/broadcast-stream.js';
import { BROADCAST_OUTPUT_STATUSES, BROADCAST_STATUSES } from '../providers/broadcast-types.js';
import type { BroadcastInfo, SessionInfo, StartBroadcastOptions, VideoProvider } from '../providers/types.js';
import { assertBroadcastAllowed, broadcastArg } from './broadcast-ids.js';
import { Broadcast, BroadcastStatusEventRef, IncludedStreamRef } from './broadcast-refs.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import type { Context } from './context.js';
import { VideoProviderEnum } from './enums.js';
import { about, listingTarget, localId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { addStreamInput, LayoutInput, removeStreamInput, selectionOf, setLayoutInput, StreamModeEnum } from './layout.js';
import { broadcastConsistency, rules } from './limits.js';
import { type OffsetPage, offsetPage } from './pagination.js';
import { Session } from './refs.js';

/** Most broadcasts of a session read for the first events of a `sessionId` subscription (one page). */
const SNAPSHOT_BROADCASTS_MAX = 100;
const CURSOR_PREFIX = 'broadcast-offset:';

export const BroadcastStatusEnum = builder.enumType('BroadcastStatus', {
  description: 'Where a broadcast is: STARTED (PAUSED while nobody publishes), then STOPPED, or FAILED.',
  values: BROADCAST_STATUSES,
});

export const BroadcastOutputStatusEnum = builder.enumType('BroadcastOutputStatus', {
  description: 'Where one output (HLS, or one RTMP target) of a broadcast is, as the provider reports it.',
  values: BROADCAST_OUTPUT_STATUSES,
});

type Hls = NonNullable<BroadcastInfo['hls']>;
type Rtmp = BroadcastInfo['rtmp'][number];

const BroadcastHls = builder.objectRef<Hls>('BroadcastHls').implement({
  description: 'The HLS output of a broadcast.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true, description: 'The playlist (.m3u8) viewers open; null once stopped.' }),
    status: t.field({ type: BroadcastOutputStatusEnum, nullable: true, resolve: (h) => h.status }),
    dvr: t.exposeBoolean('dvr', { description: 'Viewers may rewind and pause.' }),
    lowLatency: t.exposeBoolean('lowLatency'),
  }),
});

const RtmpOutput = builder.objectRef<Rtmp>('RtmpOutput').implement({
  description: 'An RTMP target of a broadcast.',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: 'Your name for it, when you gave one.' }),
    serverUrl: t.exposeString('serverUrl'),
    streamName: t.exposeString('streamName'),
    status: t.field({ type: BroadcastOutputStatusEnum, nullable: true, resolve: (r) => r.status }),
  }),
});

Broadcast.implement({
  description: 'A live-streaming broadcast of a session to HLS and RTMP outputs. Federation entity keyed by `id`.',
  fields: (t) => ({
    broadcastId: t.exposeString('broadcastId', { description: 'The provider-native broadcast id.' }),
    session: t.field({
      type: Session,
      description: 'The broadcast session (described from the broadcast when the provider no longer knows it).',
      resolve: async (b, _args, ctx) => {
        const live = await Session.getDataloader(ctx)
          .load(localId(b.provider, b.sessionId))
          .catch((error: unknown) => {
            if (isGatewayError(error) && error.code === 'NOT_FOUND') return null;
            throw error;
          });
        // Only routed sessions can be broadcast; the archive mode is no longer knowable.
        const gone: SessionInfo = {
          provider: b.provider,
          sessionId: b.sessionId,
          mediaMode: 'ROUTED',
          archiveMode: 'MANUAL',
          createdAt: null,
        };
        return live ?? gone;
      },
    }),
    provider: t.field({ type: VideoProviderEnum, resolve: (b) => b.provider }),
    status: t.field({ type: BroadcastStatusEnum, resolve: (b) => b.status }),
    createdAt: t.field({ type: 'DateTime', resolve: (b) => b.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (b) => b.updatedAt }),
    hlsUrl: t.string({ nullable: true, description: 'Shortcut for hls.url.', resolve: (b) => b.hls?.url ?? null }),
    hls: t.field({ type: BroadcastHls, nullable: true, description: 'Null when it has no HLS output.', resolve: (b) => b.hls }),
    rtmp: t.field({ type: [RtmpOutput], description: 'Its RTMP targets (none once stopped, on OpenTok).', resolve: (b) => b.rtmp }),
    resolution: t.exposeString('resolution', { nullable: true }),
    maxDuration: t.exposeInt('maxDuration', { nullable: true, description: 'Seconds after which it stops by itself.' }),
    maxBitrate: t.exposeInt('maxBitrate', { nullable: true, description: 'Bits per second.' }),
    multiBroadcastTag: t.exposeString('multiBroadcastTag', {
      nullable: true,
      description: 'As given at start (OpenTok reports it when starting, not when reading).',
    }),
    streamMode: t.field({ type: StreamModeEnum, resolve: (b) => b.streamMode }),
    hasAudio: t.exposeBoolean('hasAudio'),
    hasVideo: t.exposeBoolean('hasVideo'),
    streams: t.field({
      type: [IncludedStreamRef],
      description: 'The streams it includes now, where the provider says.',
      resolve: (b) => b.streams,
    }),
  }),
});

BroadcastStatusEventRef.implement({
  description: 'A broadcast moved to a new status.',
  fields: (t) => ({
    broadcast: t.field({ type: Broadcast, resolve: (e) => e.broadcast }),
    status: t.field({ type: BroadcastStatusEnum, resolve: (e) => e.status }),
    previousStatus: t.field({
      type: BroadcastStatusEnum,
      nullable: true,
      description: 'The status this subscription reported before; null on the first event of a broadcast (the snapshot).',
      resolve: (e) => e.previousStatus,
    }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
  }),
});

type BroadcastPageShape = OffsetPage<BroadcastInfo>;

const BroadcastConnection = builder.connectionObject(
  {
    type: Broadcast,
    name: 'BroadcastConnection',
    fields: (t) => ({
      totalCount: t.int({
        nullable: true,
        description: 'How many broadcasts match, across all pages.',
        resolve: (c) => (c as unknown as BroadcastPageShape).totalCount,
      }),
    }),
  },
  { name: 'BroadcastEdge' },
);

/** One page of broadcasts, newest first; the cursor is the offset in the provider's list (as for archives). */
async function broadcastPage(
  provider: VideoProvider,
  filter: { sessionId?: string },
  args: { first?: number | null; after?: string | null },
): Promise<BroadcastPageShape> {
  return offsetPage(args, CURSOR_PREFIX, (offset, count) => provider.listBroadcasts({ ...filter, offset, count }));
}

const BroadcastHlsInput = builder.inputType('BroadcastHlsInput', {
  fields: (t) => ({
    dvr: t.boolean({ description: 'Viewers may rewind and pause (not with lowLatency).' }),
    lowLatency: t.boolean({ description: 'A shorter delay (not with dvr).' }),
  }),
});

const RtmpTargetInput = builder.inputType('RtmpTargetInput', {
  fields: (t) => ({
    id: t.string({ description: 'Your name for it, unique in the broadcast.', validate: rules.rtmpTargetId }),
    serverUrl: t.string({ required: true, description: 'rtmp:// or rtmps:// URL of the ingest server.', validate: rules.rtmpServerUrl }),
    streamName: t.string({ required: true, description: 'The stream name (key) at that server.', validate: rules.rtmpStreamName }),
  }),
});

const StartBroadcastInput = builder.inputType('StartBroadcastInput', {
  validate: z.custom<StartBroadcastOptions>().superRefine(broadcastConsistency),
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id (a routed session).' }),
    hls: t.field({ type: BroadcastHlsInput, description: 'An HLS output; give hls, rtmp or both.' }),
    rtmp: t.field({ type: [RtmpTargetInput], description: 'Up to 5 RTMP targets.', validate: rules.rtmpTargets }),
    maxDuration: t.int({ description: 'Seconds, 60-36000, after which it stops by itself.', validate: rules.broadcastDuration }),
    maxBitrate: t.int({ description: 'Video bitrate, 100000-6000000 bits/s.', validate: rules.bitrate }),
    resolution: t.string({
      description: 'e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920).',
      validate: rules.resolution,
    }),
    layout: t.field({ type: LayoutInput }),
    multiBroadcastTag: t.string({
      description: 'Lets several broadcasts of one session run at once: each needs its own tag.',
      validate: rules.multiBroadcastTag,
    }),
    streamMode: t.field({ type: StreamModeEnum, description: 'AUTO (default): every stream; MANUAL: only those added.' }),
    hasAudio: t.boolean({ description: 'Default true.' }),
    hasVideo: t.boolean({ description: 'Default true.' }),
  }),
});

const SetBroadcastLayoutInput = setLayoutInput('SetBroadcastLayoutInput', 'broadcast');
const AddBroadcastStreamInput = addStreamInput('AddBroadcastStreamInput', 'broadcast');
const RemoveBroadcastStreamInput = removeStreamInput('RemoveBroadcastStreamInput', 'broadcast');

/** Publishes what a mutation learnt, so subscribers see it without waiting for a callback. */
function announce(ctx: Context, broadcast: BroadcastInfo): BroadcastInfo {
  publishBroadcastChange(ctx.bus, { broadcast, occurredAt: broadcast.updatedAt ?? new Date(), source: 'mutation' });
  return broadcast;
}

/** The broadcast an argument names, after the checks every broadcast call makes. */
async function namedBroadcast(ctx: Context, raw: string, field: string) {
  const ref = broadcastArg(ctx, raw, field);
  requireSupport(ref.provider, { feature: 'broadcasts', field });
  await assertBroadcastAllowed(ctx, ref, field);
  return ref;
}

/** Runs a change of a running broadcast, then reads it back for the answer. */
async function changeBroadcast(ctx: Context, raw: string, change: (provider: VideoProvider, id: string) => Promise<void>) {
  const ref = await namedBroadcast(ctx, raw, 'input.id');
  await about('input.id', ref.provider, ref.broadcastId, change(ref.provider, ref.broadcastId));
  const broadcast = await ref.provider.getBroadcast(ref.broadcastId);
  if (!broadcast) throw new GatewayError('NOT_FOUND', `input.id: broadcast ${ref.broadcastId} was not found`, { field: 'input.id' });
  return broadcast;
}

builder.queryFields((t) => ({
  broadcast: t.field({
    authScopes: { scope: 'video:broadcasts:read' },
    type: Broadcast,
    nullable: true,
    description: 'A broadcast by global id or provider-native id; null when the provider does not know it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = broadcastArg(ctx, String(id), 'id');
      requireSupport(ref.provider, { feature: 'broadcasts', field: 'id' });
      const broadcast = await ref.provider.getBroadcast(ref.broadcastId);
      await assertBroadcastAllowed(ctx, ref, 'id', broadcast);
      return broadcast;
    },
  }),
  broadcasts: t.field({
    authScopes: { scope: 'video:broadcasts:read' },
    type: BroadcastConnection,
    description: 'Broadcasts, newest first: of one session, or of one provider (the default provider when none is named).',
    args: {
      sessionId: t.arg.id(),
      provider: t.arg({ type: VideoProviderEnum }),
      first: t.arg.int({ description: '1-100, default 20.', validate: rules.pageSize }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const { provider, sessionId } = listingTarget(ctx, args);
      requireSupport(provider, { feature: 'broadcasts', field: sessionId === null ? 'provider' : 'sessionId' });
      return broadcastPage(provider, sessionId === null ? {} : { sessionId }, args);
    },
  }),
}));

builder.mutationFields((t) => ({
  startBroadcast: t.field({
    authScopes: { scope: 'video:broadcasts:write' },
    type: Broadcast,
    description: 'Starts broadcasting a routed session to HLS and/or RTMP outputs.',
    args: { input: t.arg({ type: StartBroadcastInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'broadcasts', field: 'input.sessionId', operation: 'startBroadcast', options });
      const broadcast = await about(
        'input.sessionId',
        ref.provider,
        ref.sessionId,
        ref.provider.startBroadcast({ ...options, sessionId: ref.sessionId }),
      );
      return announce(ctx, broadcast);
    },
  }),
  stopBroadcast: t.field({
    authScopes: { scope: 'video:broadcasts:write' },
    type: Broadcast,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = await namedBroadcast(ctx, String(id), 'id');
      return announce(ctx, await about('id', ref.provider, ref.broadcastId, ref.provider.stopBroadcast(ref.broadcastId)));
    },
  }),
  setBroadcastLayout: t.field({
    authScopes: { scope: 'video:broadcasts:write' },
    type: Broadcast,
    description: 'Changes the layout of a running broadcast.',
    args: { input: t.arg({ type: SetBroadcastLayoutInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changeBroadcast(ctx, String(input.id), (p, id) => p.setBroadcastLayout(id, withoutNulls(input.layout))),
  }),
  addBroadcastStream: t.field({
    authScopes: { scope: 'video:broadcasts:write' },
    type: Broadcast,
    description: 'Adds a stream to a running broadcast started with streamMode MANUAL.',
    args: { input: t.arg({ type: AddBroadcastStreamInput, required: true }) },
    resolve: (_root, { input }, ctx) => changeBroadcast(ctx, String(input.id), (p, id) => p.addBroadcastStream(id, selectionOf(input))),
  }),
  removeBroadcastStream: t.field({
    authScopes: { scope: 'video:broadcasts:write' },
    type: Broadcast,
    description: 'Removes a stream from a running broadcast started with streamMode MANUAL.',
    args: { input: t.arg({ type: RemoveBroadcastStreamInput, required: true }) },
    resolve: (_root, { input }, ctx) => changeBroadcast(ctx, String(input.id), (p, id) => p.removeBroadcastStream(id, input.streamId)),
  }),
}));

builder.subscriptionFields((t) => ({
  broadcastStatusChanged: t.field({
    authScopes: { scope: 'video:broadcasts:read' },
    type: BroadcastStatusEventRef,
    description:
      "Broadcast status changes, live. With `broadcastId`, the broadcast's current status comes first (previousStatus: null), then every change. With `sessionId`, the current status of each of the session's running broadcasts first, then changes of every broadcast of that session. Fed by the provider's broadcast callbacks and this gateway's own mutations; events never go backwards and duplicates are dropped.",
    args: { sessionId: t.arg.id(), broadcastId: t.arg.id() },
    validate: z
      .custom<{ sessionId?: unknown; broadcastId?: unknown }>()
      .refine((args) => args.sessionId || args.broadcastId, { path: ['sessionId'], message: 'give sessionId, broadcastId or both' }),
    subscribe: async (_root, args, ctx) => {
      const filter: BroadcastFilter = {};
      let snapshot: (() => Promise<BroadcastInfo[]>) | undefined;
      if (args.sessionId) {
        const ref = sessionArg(ctx, String(args.sessionId), 'sessionId');
        requireSupport(ref.provider, { feature: 'broadcasts', field: 'sessionId' });
        const { provider, sessionId } = ref;
        filter.provider = provider.name;
        filter.sessionId = sessionId;
        snapshot = async () => {
          const page = await provider.listBroadcasts({ sessionId, offset: 0, count: SNAPSHOT_BROADCASTS_MAX });
          return page.items.filter((b) => b.sessionId === sessionId && !isFinalBroadcast(b.status));
        };
      }
      if (args.broadcastId) {
        const ref = await namedBroadcast(ctx, String(args.broadcastId), 'broadcastId');
        if (filter.provider && filter.provider !== ref.provider.name)
          throw badInput('broadcastId', 'belongs to another provider than sessionId');
        filter.provider = ref.provider.name;
        filter.broadcastId = ref.broadcastId;
        const read = async () => {
          const broadcast = await ref.provider.getBroadcast(ref.broadcastId);
          if (!broadcast) {
            throw new GatewayError('NOT_FOUND', `broadcastId: broadcast ${ref.broadcastId} was not found`, { field: 'broadcastId' });
          }
          if (filter.sessionId && broadcast.sessionId !== filter.sessionId) {
            throw badInput('broadcastId', 'this broadcast does not belong to the session given as sessionId');
          }
          return broadcast;
        };
        // Fail the subscription itself, not its first event, when the broadcast does not exist.
        await read();
        snapshot = async () => [await read()];
      }
      return broadcastStatusEvents({ bus: ctx.bus, filter, ...(snapshot ? { snapshot } : {}) });
    },
    resolve: (event) => event,
  }),
}));
