import { GatewayError } from '../errors.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { assertSessionAllowed, decodeGlobalIdOf, localId } from './ids.js';
import { Archive, Session } from './refs.js';
import { Broadcast } from './broadcast-refs.js';
import { requireScope } from './scopes.js';
import type { VideoProvider } from '../providers/types.js';

/**
 * Apollo Federation v2: Session, Archive and Broadcast are entities keyed by their global `id`, so other
 * subgraphs of a supergraph can extend them (`type Session @key(fields: "id")`) and reference
 * them. The key is the opaque Relay id this API hands out: a subgraph that stores a reference must
 * store that id. `_entities` loads them through the same per-request DataLoaders as `node(id)`, so
 * a router's batch that names one object several times costs one upstream read
 * (docs/architecture.md#federation).
 */

/** The loader's answer for one representation: null when the provider does not know the object. */
async function loadEntity<T>(loader: { load(key: string): Promise<T> }, key: string): Promise<T | null> {
  try {
    return await loader.load(key);
  } catch (error) {
    if (error instanceof GatewayError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The local id (`PROVIDER:native`) a representation names, and its provider, when it is one of ours. */
function entityKey(
  ctx: Context,
  typename: 'Session' | 'Archive' | 'Broadcast',
  id: string,
): { key: string; provider: VideoProvider } | null {
  const ref = decodeGlobalIdOf(typename, id);
  const nativeId = ref?.parts[0];
  if (!ref || !nativeId || !ctx.registry.has(ref.provider)) return null;
  return { key: localId(ref.provider, nativeId), provider: ctx.registry.get(ref.provider) };
}

builder.asEntity(Session, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:sessions:read');
    const entity = entityKey(ctx, 'Session', id);
    if (!entity) return null;
    const session = await loadEntity(Session.getDataloader(ctx), entity.key);
    if (session) assertSessionAllowed(ctx, session.provider, session.sessionId, 'representations');
    return session;
  },
});

builder.asEntity(Archive, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:archives:read');
    const entity = entityKey(ctx, 'Archive', id);
    if (!entity) return null;
    const archive = await loadEntity(Archive.getDataloader(ctx), entity.key);
    if (archive) assertSessionAllowed(ctx, archive.provider, archive.sessionId, 'representations');
    return archive;
  },
});

builder.asEntity(Broadcast, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => {
    requireScope(ctx, 'video:broadcasts:read');
    const entity = entityKey(ctx, 'Broadcast', id);
    if (!entity?.provider.capabilities.broadcasts) return null;
    const broadcast = await loadEntity(Broadcast.getDataloader(ctx), entity.key);
    if (broadcast) assertSessionAllowed(ctx, broadcast.provider, broadcast.sessionId, 'representations');
    return broadcast;
  },
});
