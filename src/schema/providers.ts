import type { Operation, VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import { RoleEnum, TokenFormatEnum, VideoProviderEnum } from './enums.js';

/** The input type of each operation that takes options. */
const INPUT_TYPES: Record<Operation, string> = {
  createSession: 'CreateSessionInput',
  generateToken: 'GenerateTokenInput',
  startArchive: 'StartArchiveInput',
  dialSip: 'DialSipInput',
  signal: 'SendSignalInput',
  startBroadcast: 'StartBroadcastInput',
};

/** A configured provider and what it supports (more fields in ./session-ops-providers.ts). */
export const ProviderInfo = builder.objectRef<{ provider: VideoProvider; isDefault: boolean }>('ProviderInfo');

ProviderInfo.implement({
  description: 'A provider configured on this gateway, and what it supports.',
  fields: (t) => ({
    name: t.field({ type: VideoProviderEnum, resolve: (p) => p.provider.name }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Used by createSession when no provider is named.' }),
    archives: t.boolean({ resolve: (p) => p.provider.capabilities.archives }),
    sip: t.boolean({ resolve: (p) => p.provider.capabilities.sip }),
    signals: t.boolean({ resolve: (p) => p.provider.capabilities.signals }),
    forceDisconnect: t.boolean({ resolve: (p) => p.provider.capabilities.forceDisconnect }),
    connections: t.boolean({ resolve: (p) => p.provider.capabilities.connections }),
    forceUnpublish: t.boolean({ resolve: (p) => p.provider.capabilities.forceUnpublish }),
    closeSession: t.boolean({ resolve: (p) => p.provider.capabilities.closeSession }),
    listSessions: t.boolean({ resolve: (p) => p.provider.capabilities.listSessions }),
    customSessionIds: t.boolean({ resolve: (p) => p.provider.capabilities.customSessionIds }),
    webhooks: t.boolean({ resolve: (p) => p.provider.capabilities.webhooks }),
    broadcasts: t.boolean({ description: 'Live broadcasts (HLS, RTMP).', resolve: (p) => p.provider.capabilities.broadcasts }),
    archiveLayouts: t.boolean({ description: 'setArchiveLayout.', resolve: (p) => p.provider.capabilities.archiveLayouts }),
    archiveStreams: t.boolean({
      description: 'addArchiveStream / removeArchiveStream.',
      resolve: (p) => p.provider.capabilities.archiveStreams,
    }),
    tokenFormats: t.field({ type: [TokenFormatEnum], resolve: (p) => p.provider.capabilities.tokenFormats }),
    roles: t.field({ type: [RoleEnum], description: 'The roles its tokens can grant.', resolve: (p) => p.provider.capabilities.roles }),
    inputOptions: t.stringList({
      description:
        'The optional input fields it accepts, as `<input type>.<field>` (e.g. `StartArchiveInput.resolution`); any other optional field set on a call it serves is refused with UNSUPPORTED_BY_PROVIDER.',
      resolve: (p) =>
        Object.entries(p.provider.capabilities.options).flatMap(([operation, options]) =>
          options.map((option) => `${INPUT_TYPES[operation as Operation]}.${option}`),
        ),
    }),
  }),
});

builder.queryFields((t) => ({
  providers: t.field({
    authScopes: { authenticated: true },
    type: [ProviderInfo],
    description: 'The providers this gateway serves, default first.',
    resolve: (_root, _args, ctx) =>
      ctx.registry
        .list()
        .map((provider) => ({ provider, isDefault: provider === ctx.registry.defaultProvider }))
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault)),
  }),
}));
