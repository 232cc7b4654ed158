import { z } from 'zod';
import type { CreateSessionOptions } from '../providers/types.js';
import { builder } from './builder.js';
import { requireSupport } from './capabilities.js';
import { withoutNulls } from './inputs.js';
import { ArchiveModeEnum, ForcedVideoCodecEnum, MediaModeEnum, VideoProviderEnum } from './enums.js';
import { about, isAllowedSession, sessionArg } from './ids.js';
import { ArchiveConnection, resolveArchivePage } from './archive-connection.js';
import { rules, sessionConsistency } from './limits.js';
import { offsetPage } from './pagination.js';
import { Connection, Session, Stream } from './refs.js';

Session.implement({
  description: 'A video session: clients connect to it with tokens; it may be archived. Federation entity keyed by `id`.',
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', { description: 'The provider-native session id, what client SDKs need.' }),
    provider: t.field({ type: VideoProviderEnum, resolve: (s) => s.provider }),
    mediaMode: t.field({
      type: MediaModeEnum,
      description:
        'As created. OpenTok never reports it back: for an OpenTok session this gateway did not create, it is the platform default (RELAYED).',
      resolve: (s) => s.mediaMode,
    }),
    archiveMode: t.field({
      type: ArchiveModeEnum,
      description: 'As created (same caveat as mediaMode for OpenTok sessions created elsewhere: MANUAL).',
      resolve: (s) => s.archiveMode,
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.createdAt }),
    archives: t.field({
      authScopes: { scope: 'video:archives:read' },
      type: ArchiveConnection,
      description: 'Archives of this session, newest first.',
      args: { first: t.arg.int({ validate: rules.pageSize }), after: t.arg.string() },
      resolve: (s, args, ctx) => resolveArchivePage(ctx, ctx.registry.get(s.provider), { sessionId: s.sessionId }, args),
    }),
    connections: t.field({
      authScopes: { scope: 'video:sessions:read' },
      type: [Connection],
      description: 'Connections of the session, pending (token not used yet) and active. OpenVidu only.',
      resolve: (s, _args, ctx) => {
        const provider = ctx.registry.get(s.provider);
        requireSupport(provider, { feature: 'connections', field: 'connections' });
        return provider.listConnections(s.sessionId);
      },
    }),
    streams: t.field({
      authScopes: { scope: 'video:sessions:read' },
      type: [Stream],
      description: 'Streams being published in the session now.',
      resolve: (s, _args, ctx) => ctx.registry.get(s.provider).listStreams(s.sessionId),
    }),
  }),
});

const CreateSessionInput = builder.inputType('CreateSessionInput', {
  validate: z.custom<CreateSessionOptions>().superRefine(sessionConsistency),
  fields: (t) => ({
    provider: t.field({ type: VideoProviderEnum, description: "Defaults to the gateway's default provider." }),
    mediaMode: t.field({
      type: MediaModeEnum,
      description: "Default: the provider's (OpenTok RELAYED, OpenVidu ROUTED). Archiving and SIP need ROUTED.",
    }),
    archiveMode: t.field({ type: ArchiveModeEnum, description: 'Default MANUAL. ALWAYS needs ROUTED.' }),
    location: t.string({
      description: 'IPv4 address near the participants, a hint for where media servers run.',
      validate: rules.location,
    }),
    e2ee: t.boolean({ description: 'End-to-end encryption (ROUTED, not with ALWAYS).' }),
    archiveName: t.string({
      description: 'Name of automatic archives (ALWAYS only), 1-255 characters; a provider may allow fewer (OpenTok 80).',
      validate: rules.automaticArchiveName,
    }),
    archiveResolution: t.string({
      description: 'Resolution of automatic archives (ALWAYS only), e.g. "1280x720".',
      validate: rules.resolution,
    }),
    customSessionId: t.string({
      description: 'OpenVidu: the session id to use (letters, digits, "-", "_"). Creating it again returns the existing session.',
      validate: rules.customSessionId,
    }),
    forcedVideoCodec: t.field({ type: ForcedVideoCodecEnum, description: 'OpenVidu only.' }),
    allowTranscoding: t.boolean({ description: 'OpenVidu only (Kurento).' }),
  }),
});

builder.queryFields((t) => ({
  session: t.field({
    authScopes: { scope: 'video:sessions:read' },
    type: Session,
    nullable: true,
    description: 'A session by global id or provider-native session id; null when the provider does not know it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = sessionArg(ctx, String(id), 'id');
      return ref.provider.getSession(ref.sessionId);
    },
  }),
}));

const SessionConnection = builder.connectionObject({ type: Session, name: 'SessionConnection' }, { name: 'SessionEdge' });

builder.queryFields((t) => ({
  sessions: t.field({
    authScopes: { scope: 'video:sessions:read' },
    type: SessionConnection,
    description:
      'The sessions a provider holds (the default provider when none is named), newest first. OpenVidu only: OpenTok keeps no list.',
    args: {
      provider: t.arg({ type: VideoProviderEnum }),
      first: t.arg.int({ description: '1-100, default 20.', validate: rules.pageSize }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const provider = args.provider ? ctx.registry.get(args.provider, 'provider') : ctx.registry.defaultProvider;
      requireSupport(provider, { feature: 'listSessions', field: 'provider' });
      const all = (await provider.listSessions()).filter((session) => isAllowedSession(ctx, session.provider, session.sessionId));
      // OpenVidu lists every session in one call: the page is cut here.
      return offsetPage(args, 'session-offset:', async (offset, count) => ({
        items: all.slice(offset, offset + count),
        totalCount: all.length,
      }));
    },
  }),
}));

builder.mutationFields((t) => ({
  createSession: t.field({
    authScopes: { scope: 'video:sessions:write' },
    type: Session,
    args: { input: t.arg({ type: CreateSessionInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: name, ...options } = withoutNulls(input ?? {});
      const provider = name ? ctx.registry.get(name, 'input.provider') : ctx.registry.defaultProvider;
      requireSupport(provider, { field: 'input.provider', operation: 'createSession', options });
      return provider.createSession(options);
    },
  }),
  closeSession: t.boolean({
    authScopes: { scope: 'video:sessions:write' },
    description: 'Closes a session for everyone: clients are disconnected, a running recording stops. OpenVidu only.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const ref = sessionArg(ctx, String(id), 'id');
      requireSupport(ref.provider, { feature: 'closeSession', field: 'id' });
      await about('id', ref.provider, ref.sessionId, ref.provider.closeSession(ref.sessionId));
      return true;
    },
  }),
}));
