import { builder } from './builder.js';
import { assertSessionAllowed, decodeGlobalIdOf } from './ids.js';
import { Archive, Session } from './refs.js';
import { Broadcast } from './broadcast-refs.js';
import { requireScope } from './scopes.js';

/**
 * Apollo Federation v2: Session, Archive and Broadcast are entities keyed by their global `id`, so other
 * subgraphs of a supergraph can extend them (`type Session @key(fields: "id")`) and reference
 * them. The key is the opaque Relay id this API hands out: a subgraph that stores a reference must
 * store that id. `_entities` loads them through the provider that owns them.
 */
builder.asEntity(Session, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:sessions:read');
    const ref = decodeGlobalIdOf('Session', id);
    const sessionId = ref?.parts[0];
    if (!ref || !sessionId || !ctx.registry.has(ref.provider)) return null;
    assertSessionAllowed(ctx, ref.provider, sessionId, 'representations');
    return ctx.registry.get(ref.provider).getSession(sessionId);
  },
});

builder.asEntity(Archive, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:archives:read');
    const ref = decodeGlobalIdOf('Archive', id);
    const archiveId = ref?.parts[0];
    if (!ref || !archiveId || !ctx.registry.has(ref.provider)) return null;
    const archive = await ctx.registry.get(ref.provider).getArchive(archiveId);
    if (archive) assertSessionAllowed(ctx, archive.provider, archive.sessionId, 'representations');
    return archive;
  },
});

builder.asEntity(Broadcast, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:broadcasts:read');
    const ref = decodeGlobalIdOf('Broadcast', id);
    const broadcastId = ref?.parts[0];
    if (!ref || !broadcastId || !ctx.registry.has(ref.provider)) return null;
    const provider = ctx.registry.get(ref.provider);
    if (!provider.capabilities.broadcasts) return null;
    const broadcast = await provider.getBroadcast(broadcastId);
    if (broadcast) assertSessionAllowed(ctx, broadcast.provider, broadcast.sessionId, 'representations');
    return broadcast;
  },
});
