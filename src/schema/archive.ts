import { z } from 'zod';
import type { Context } from './context.js';
import { isGatewayError } from '../errors.js';
import type { ArchiveInfo, SessionInfo, StartArchiveOptions } from '../providers/types.js';
import { builder } from './builder.js';
import { ArchiveConnection, resolveArchivePage } from './archive-connection.js';
import { requireSupport } from './capabilities.js';
import { ArchiveOutputModeEnum, ArchiveStatusEnum, RecordingLayoutEnum, VideoProviderEnum } from './enums.js';
import { about, archiveArg, assertArchiveAllowed, listingTarget, localId, sessionArg } from './ids.js';
import { withoutNulls } from './inputs.js';
import { archiveConsistency, rules } from './limits.js';
import { Archive, Session } from './refs.js';
import { IncludedStreamRef } from './broadcast-refs.js';
import { LayoutInput, StreamModeEnum, TranscriptionPropertiesInput } from './layout.js';

Archive.implement({
  description: 'A recording of a session. Federation entity keyed by `id`.',
  fields: (t) => ({
    archiveId: t.exposeString('archiveId', { description: 'The provider-native archive id.' }),
    session: t.field({
      type: Session,
      description:
        'The recorded session. An archive outlives its session (OpenVidu closes sessions when the last client leaves): a session the provider no longer knows is described from the archive.',
      resolve: async (a, _args, ctx) => {
        const live = await Session.getDataloader(ctx)
          .load(localId(a.provider, a.sessionId))
          .catch((error: unknown) => {
            if (isGatewayError(error) && error.code === 'NOT_FOUND') return null;
            throw error;
          });
        // Only routed sessions can be archived; the archive mode is no longer knowable.
        const gone: SessionInfo = {
          provider: a.provider,
          sessionId: a.sessionId,
          mediaMode: 'ROUTED',
          archiveMode: 'MANUAL',
          createdAt: null,
        };
        return live ?? gone;
      },
    }),
    provider: t.field({ type: VideoProviderEnum, resolve: (a) => a.provider }),
    name: t.exposeString('name', { nullable: true }),
    status: t.field({ type: ArchiveStatusEnum, resolve: (a) => a.status }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.updatedAt }),
    duration: t.exposeFloat('duration', { nullable: true, description: 'Seconds recorded.' }),
    size: t.exposeFloat('size', { nullable: true, description: 'Bytes.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Download URL once AVAILABLE (short-lived: read it again rather than storing it).',
    }),
    hasAudio: t.exposeBoolean('hasAudio'),
    hasVideo: t.exposeBoolean('hasVideo'),
    outputMode: t.field({ type: ArchiveOutputModeEnum, resolve: (a) => a.outputMode }),
    resolution: t.exposeString('resolution', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it stopped or failed, as the provider says.' }),
    multiArchiveTag: t.exposeString('multiArchiveTag', { nullable: true }),
    streamMode: t.field({
      type: StreamModeEnum,
      nullable: true,
      description: 'Which streams it records; null where the provider does not say (OpenVidu).',
      resolve: (a) => a.streamMode ?? null,
    }),
    streams: t.field({
      type: [IncludedStreamRef],
      description: 'The streams it records now (while recording, where the provider says).',
      resolve: (a) => a.streams ?? [],
    }),
  }),
});

const StartArchiveInput = builder.inputType('StartArchiveInput', {
  validate: z.custom<StartArchiveOptions>().superRefine(archiveConsistency),
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'Global id or provider-native session id.' }),
    name: t.string({
      description: 'At most 255 characters; a provider may allow fewer (OpenTok 80; OpenVidu 200 letters, digits, "_", "-", "~").',
      validate: rules.archiveName,
    }),
    hasAudio: t.boolean({ description: 'Default true.' }),
    hasVideo: t.boolean({ description: 'Default true.' }),
    outputMode: t.field({ type: ArchiveOutputModeEnum, description: 'Default COMPOSED.' }),
    resolution: t.string({
      description: 'COMPOSED only, e.g. "1280x720" (OpenTok: 640x480, 480x640, 1280x720, 720x1280, 1920x1080, 1080x1920).',
      validate: rules.resolution,
    }),
    multiArchiveTag: t.string({
      description: 'OpenTok: lets several archives of one session run at once: each needs its own tag.',
      validate: rules.multiArchiveTag,
    }),
    frameRate: t.int({ description: 'OpenVidu: 1-120 (composed with video).' }),
    recordingLayout: t.field({ type: RecordingLayoutEnum, description: 'OpenVidu: composed layout.' }),
    customLayout: t.string({
      description: 'OpenVidu: path of a custom layout (with recordingLayout: CUSTOM).',
      validate: rules.customLayout,
    }),
    ignoreFailedStreams: t.boolean({ description: 'OpenVidu: INDIVIDUAL recordings go on when one stream fails.' }),
    layout: t.field({ type: LayoutInput, description: 'OpenTok: COMPOSED layout (OpenVidu: recordingLayout).' }),
    streamMode: t.field({ type: StreamModeEnum, description: 'OpenTok: AUTO (default) records every stream; MANUAL only those added.' }),
    maxBitrate: t.int({
      description: 'OpenTok: COMPOSED video bitrate, 100000-6000000 bits/s (not with quantizationParameter).',
      validate: rules.bitrate,
    }),
    quantizationParameter: t.int({
      description: 'OpenTok: COMPOSED constant quality, 15-40, lower is better (not with maxBitrate).',
      validate: rules.quantizationParameter,
    }),
    hasTranscription: t.boolean({ description: 'OpenTok: also transcribe the recording.' }),
    transcriptionProperties: t.field({ type: TranscriptionPropertiesInput, description: 'With hasTranscription: true.' }),
  }),
});

/** Publishes what a mutation learnt, so subscribers see it without waiting for a webhook. */
function announce(ctx: Context, archive: ArchiveInfo): ArchiveInfo {
  ctx.bus.publish({ archive, occurredAt: archive.updatedAt ?? new Date(), source: 'mutation' });
  return archive;
}

builder.queryFields((t) => ({
  archive: t.field({
    authScopes: { scope: 'video:archives:read' },
    type: Archive,
    nullable: true,
    description: 'An archive by global id or provider-native archive id; null when the provider does not know it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = archiveArg(ctx, String(id), 'id');
      const archive = await ref.provider.getArchive(ref.archiveId);
      await assertArchiveAllowed(ctx, ref, 'id', archive);
      return archive;
    },
  }),
  archives: t.field({
    authScopes: { scope: 'video:archives:read' },
    type: ArchiveConnection,
    description: 'Archives, newest first: of one session, or of one provider (the default provider when none is named).',
    args: {
      sessionId: t.arg.id(),
      provider: t.arg({ type: VideoProviderEnum }),
      first: t.arg.int({ description: '1-100, default 20.', validate: rules.pageSize }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const { provider, sessionId } = listingTarget(ctx, args);
      return resolveArchivePage(ctx, provider, sessionId === null ? {} : { sessionId }, args);
    },
  }),
}));

builder.mutationFields((t) => ({
  startArchive: t.field({
    authScopes: { scope: 'video:archives:write' },
    type: Archive,
    description: 'Starts recording a routed session. On OpenTok a client must be connected first.',
    args: { input: t.arg({ type: StartArchiveInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { sessionId, ...options } = withoutNulls(input);
      const ref = sessionArg(ctx, String(sessionId), 'input.sessionId');
      requireSupport(ref.provider, { feature: 'archives', field: 'input.sessionId', operation: 'startArchive', options });
      const archive = await about(
        'input.sessionId',
        ref.provider,
        ref.sessionId,
        ref.provider.startArchive({ ...options, sessionId: ref.sessionId }),
      );
      return announce(ctx, archive);
    },
  }),
  stopArchive: t.field({
    authScopes: { scope: 'video:archives:write' },
    type: Archive,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = archiveArg(ctx, String(id), 'id');
      await assertArchiveAllowed(ctx, ref, 'id');
      return announce(ctx, await about('id', ref.provider, ref.archiveId, ref.provider.stopArchive(ref.archiveId)));
    },
  }),
  deleteArchive: t.boolean({
    authScopes: { scope: 'video:archives:write' },
    description: "Deletes an archive's file. Only AVAILABLE, UPLOADED (or already DELETED) archives can be deleted.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = archiveArg(ctx, String(id), 'id');
      await assertArchiveAllowed(ctx, ref, 'id');
      await about('id', ref.provider, ref.archiveId, ref.provider.deleteArchive(ref.archiveId));
      const deleted = await ref.provider.getArchive(ref.archiveId).catch(() => null);
      if (deleted) announce(ctx, deleted);
      return true;
    },
  }),
}));
