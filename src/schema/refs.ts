import type { ArchiveStatusEvent } from '../events/archive-stream.js';
import type { ArchiveInfo, ConnectionInfo, SessionInfo, SipCallInfo, StreamInfo, TokenInfo } from '../providers/types.js';
import { loadByLocalIds } from './batch-loads.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { assertSessionAllowed, localId } from './ids.js';

/**
 * The object refs, declared in one place so type files can point at each other without import
 * cycles; each is implemented in the file named after it.
 */

/** Refuses a loaded object when the caller's `video_sessions` claim does not name its session. */
function assertAllowed(ctx: Context, item: { provider: SessionInfo['provider']; sessionId: string }): void {
  assertSessionAllowed(ctx, item.provider, item.sessionId, 'id');
}

export const Session = builder.loadableNodeRef<SessionInfo, string, string>('Session', {
  id: { resolve: (s) => localId(s.provider, s.sessionId) },
  load: (ids, ctx) =>
    loadByLocalIds(ids, ctx.registry, {
      kind: 'Session',
      one: (p, id) => p.getSession(id),
      many: (p, sessionIds) => p.getSessions?.(sessionIds),
      allow: (session) => assertAllowed(ctx, session),
    }),
});

export const Archive = builder.loadableNodeRef<ArchiveInfo, string, string>('Archive', {
  id: { resolve: (a) => localId(a.provider, a.archiveId) },
  load: (ids, ctx) =>
    loadByLocalIds(ids, ctx.registry, {
      kind: 'Archive',
      one: (p, id) => p.getArchive(id),
      many: (p, archiveIds) => p.getArchives?.(archiveIds),
      allow: (archive) => assertAllowed(ctx, archive),
    }),
});

export const Token = builder.objectRef<TokenInfo>('Token');
export const Connection = builder.objectRef<ConnectionInfo>('Connection');
export const SipCall = builder.objectRef<SipCallInfo>('SipCall');
export const Stream = builder.objectRef<StreamInfo>('Stream');
export const ArchiveStatusEventRef = builder.objectRef<ArchiveStatusEvent>('ArchiveStatusEvent');
