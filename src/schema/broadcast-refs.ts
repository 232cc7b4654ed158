import type { BroadcastStatusEvent } from '../events/broadcast-stream.js';
import { GatewayError } from '../errors.js';
import type { BroadcastInfo, IncludedStream } from '../providers/types.js';
import { builder } from './builder.js';
import { assertSessionAllowed, localId, parseLocalId } from './ids.js';

/**
 * The object refs of broadcasts and of what composed outputs share, declared apart from their
 * implementations (./broadcast.ts, ./archive.ts) so those files can point at each other without
 * import cycles, as ./refs.ts does for the rest.
 */

/** Global id `Broadcast:<PROVIDER>:<broadcast id>`, loaded through the provider that owns it. */
export const Broadcast = builder.loadableNodeRef<BroadcastInfo, string, string>('Broadcast', {
  id: { resolve: (b) => localId(b.provider, b.broadcastId) },
  load: (ids, ctx) =>
    Promise.all(
      ids.map(async (id) => {
        const parsed = parseLocalId(id);
        const broadcastId = parsed?.parts[0];
        const missing = new GatewayError('NOT_FOUND', `Broadcast ${(broadcastId ?? id).slice(0, 120)} was not found`);
        if (!parsed || !broadcastId || !ctx.registry.has(parsed.provider)) return missing;
        try {
          const broadcast = await ctx.registry.get(parsed.provider).getBroadcast(broadcastId);
          if (broadcast) assertSessionAllowed(ctx, broadcast.provider, broadcast.sessionId, 'id');
          return broadcast ?? missing;
        } catch (error) {
          return error as Error;
        }
      }),
    ),
});

export const BroadcastStatusEventRef = builder.objectRef<BroadcastStatusEvent>('BroadcastStatusEvent');

/** A stream a composed archive or broadcast includes. */
export const IncludedStreamRef = builder.objectRef<IncludedStream>('IncludedStream');

IncludedStreamRef.implement({
  description: 'A stream a composed archive or broadcast includes, and which of its tracks.',
  fields: (t) => ({
    streamId: t.exposeString('streamId'),
    hasAudio: t.exposeBoolean('hasAudio'),
    hasVideo: t.exposeBoolean('hasVideo'),
  }),
});
