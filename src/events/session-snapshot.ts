import type { VideoProvider } from '../providers/types.js';
import type { SessionSnapshot } from './session-event-stream.js';

/**
 * Who is in a session now, as its provider lists it: the connections that joined (pending ones,
 * tokens nobody used yet, are not there) where it can list connections, and the published streams
 * where it can list streams. Null for what it cannot list.
 */
export async function readSessionSnapshot(provider: VideoProvider, sessionId: string): Promise<SessionSnapshot> {
  const [connections, streams] = await Promise.all([
    provider.capabilities.connections ? provider.listConnections(sessionId) : Promise.resolve(null),
    provider.listStreams(sessionId),
  ]);
  const publisherOf = new Map<string, string>();
  for (const c of connections ?? []) for (const streamId of c.streamIds) publisherOf.set(streamId, c.connectionId);
  return {
    connections:
      connections
        ?.filter((c) => c.status !== 'PENDING')
        .map((c) => ({ connectionId: c.connectionId, occurredAt: c.activeAt ?? c.createdAt ?? new Date() })) ?? null,
    streams: streams.map((s) => ({ streamId: s.streamId, connectionId: publisherOf.get(s.streamId) ?? null })),
  };
}
