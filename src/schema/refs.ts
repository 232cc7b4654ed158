import { GatewayError } from '../errors.js';
import type { ArchiveStatusEvent } from '../events/archive-stream.js';
import type { ArchiveInfo, ConnectionInfo, SessionInfo, SipCallInfo, StreamInfo, TokenInfo, VideoProvider } from '../providers/types.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { assertSessionAllowed, localId, parseLocalId } from './ids.js';

/**
 * The object refs, declared in one place so type files can point at each other without import
 * cycles; each is implemented in the file named after it.
 */

function notFound(kind: string, id: string): GatewayError {
  return new GatewayError('NOT_FOUND', `${kind} ${id.slice(0, 120)} was not found`);
}

/** Loads by local id (`PROVIDER:native`), batched and cached per request by the dataloader plugin. */
async function loadEach<T>(
  ids: readonly string[],
  ctx: { registry: { has(n: never): boolean; get(n: never): VideoProvider } },
  kind: string,
  load: (provider: VideoProvider, nativeId: string) => Promise<T | null>,
): Promise<(T | Error)[]> {
  return Promise.all(
    ids.map(async (id) => {
      const parsed = parseLocalId(id);
      const nativeId = parsed?.parts[0];
      if (!parsed || !nativeId || !ctx.registry.has(parsed.provider as never)) return notFound(kind, id);
      try {
        return (await load(ctx.registry.get(parsed.provider as never), nativeId)) ?? notFound(kind, nativeId);
      } catch (error) {
        return error as Error;
      }
    }),
  );
}

/** A loaded object, refused when the caller's `video_sessions` claim does not name its session. */
function ofAllowedSession<T extends { provider: SessionInfo['provider']; sessionId: string }>(ctx: Context, item: T | null): T | null {
  if (item) assertSessionAllowed(ctx, item.provider, item.sessionId, 'id');
  return item;
}

export const Session = builder.loadableNodeRef<SessionInfo, string, string>('Session', {
  id: { resolve: (s) => localId(s.provider, s.sessionId) },
  load: (ids, ctx) => loadEach(ids, ctx, 'Session', async (p, id) => ofAllowedSession(ctx, await p.getSession(id))),
});

export const Archive = builder.loadableNodeRef<ArchiveInfo, string, string>('Archive', {
  id: { resolve: (a) => localId(a.provider, a.archiveId) },
  load: (ids, ctx) => loadEach(ids, ctx, 'Archive', async (p, id) => ofAllowedSession(ctx, await p.getArchive(id))),
});

export const Token = builder.objectRef<TokenInfo>('Token');
export const Connection = builder.objectRef<ConnectionInfo>('Connection');
export const SipCall = builder.objectRef<SipCallInfo>('SipCall');
export const Stream = builder.objectRef<StreamInfo>('Stream');
export const ArchiveStatusEventRef = builder.objectRef<ArchiveStatusEvent>('ArchiveStatusEvent');
