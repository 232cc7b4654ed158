import { badInput } from '../errors.js';
import type { BroadcastInfo, VideoProvider } from '../providers/types.js';
import type { Context } from './context.js';
import { assertSessionAllowed, decodeGlobalIdOf, isRestrictedToSessions } from './ids.js';

/** A broadcast named by an argument, with the provider that owns it. */
export interface BroadcastRef {
  provider: VideoProvider;
  broadcastId: string;
}

/**
 * Resolves an argument naming a broadcast: the global id, or a native id routed by format (as
 * archive ids are: ./ids.ts).
 * @throws GatewayError naming `field`
 */
export function broadcastArg(ctx: Context, raw: string, field: string): BroadcastRef {
  const value = raw.trim();
  if (!value) throw badInput(field, 'must not be empty');
  if (value.length > 512) throw badInput(field, 'is too long to be a broadcast id');
  const global = decodeGlobalIdOf('Broadcast', value);
  if (global) {
    const [broadcastId] = global.parts;
    if (!broadcastId) throw badInput(field, 'is not a valid Broadcast id');
    return { provider: ctx.registry.get(global.provider, field), broadcastId };
  }
  return { provider: ctx.registry.forBroadcastId(value, field), broadcastId: value };
}

/**
 * Enforces the `video_sessions` claim on a broadcast, through its session. Reads the broadcast
 * only for a restricted caller; one the provider does not know passes (the resolver reports it).
 * @throws GatewayError FORBIDDEN naming `field`
 */
export async function assertBroadcastAllowed(ctx: Context, ref: BroadcastRef, field: string, known?: BroadcastInfo | null): Promise<void> {
  if (!isRestrictedToSessions(ctx)) return;
  const broadcast = known === undefined ? await ref.provider.getBroadcast(ref.broadcastId) : known;
  if (broadcast) assertSessionAllowed(ctx, broadcast.provider, broadcast.sessionId, field);
}
