import type { VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import { TokenFormatEnum, VideoProviderEnum } from './enums.js';

const ProviderInfo = builder.objectRef<{ provider: VideoProvider; isDefault: boolean }>('ProviderInfo');

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
    tokenFormats: t.field({ type: [TokenFormatEnum], resolve: (p) => p.provider.capabilities.tokenFormats }),
  }),
});

builder.queryFields((t) => ({
  providers: t.field({
    type: [ProviderInfo],
    description: 'The providers this gateway serves, default first.',
    resolve: (_root, _args, ctx) =>
      ctx.registry
        .list()
        .map((provider) => ({ provider, isDefault: provider === ctx.registry.defaultProvider }))
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault)),
  }),
}));
