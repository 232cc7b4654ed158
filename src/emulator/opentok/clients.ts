/**
 * Simulated clients of the OpenTok face, driven by the control API: a client connects with a
 * client token checked as the media servers would check it, publishes streams and leaves.
 */
import { z } from 'zod';
import { parseJsonObject } from '../body.js';
import type { ClientInfo, ConnectedClient } from '../face.js';
import { badRequest, HttpError } from '../http.js';
import type { Runtime } from './runtime.js';
import type { ConnectionRecord, SessionRecord } from './store.js';

const publishSchema = z.object({
  hasAudio: z.boolean().default(true),
  hasVideo: z.boolean().default(true),
  videoType: z.enum(['camera', 'screen', 'custom']).default('camera'),
  name: z.string().max(1000).default(''),
});

/** Whether a token is in an OpenTok format: a legacy `T1==` token or a JWT. */
export function isOpenTokClientToken(token: string): boolean {
  return token.startsWith('T1==') || token.split('.').length === 3;
}

/** Connects a simulated client: 401 for a token the platform would refuse, 404 for an unknown session. */
export async function connectClient(rt: Runtime, token: string, client: ClientInfo): Promise<ConnectedClient> {
  const verdict = await rt.verifyClientToken(token);
  if (!verdict.ok) throw new HttpError(401, 'Invalid client token', { description: verdict.reason });
  const session = rt.store.session(verdict.grant.sessionId);
  if (!session) throw new HttpError(404, 'Session not found', { description: `No session ${verdict.grant.sessionId} in this project.` });
  const connection = rt.store.connect(session, {
    kind: 'client',
    role: verdict.grant.role,
    data: verdict.grant.connectionData,
    clientData: client.clientData,
    tokenType: verdict.grant.tokenType,
  });
  return { connectionId: connection.connectionId, sessionId: session.sessionId };
}

function connected(rt: Runtime, connectionId: string): { session: SessionRecord; connection: ConnectionRecord } {
  const found = rt.store.connection(connectionId);
  if (!found) throw new HttpError(404, 'Connection not found');
  return found;
}

/** The client publishes; a subscriber may not (403). */
export function publish(rt: Runtime, connectionId: string, body: Buffer): { streamId: string } {
  const { session, connection } = connected(rt, connectionId);
  if (connection.role === 'subscriber') throw new HttpError(403, 'A client with the subscriber role cannot publish');
  const parsed = publishSchema.safeParse(parseJsonObject(body));
  if (!parsed.success) throw badRequest(parsed.error.issues);
  const stream = rt.store.publish(session, connection.connectionId, { ...parsed.data, layoutClassList: [] });
  return { streamId: stream.streamId };
}

/** The client stops publishing one of its streams. */
export function unpublish(rt: Runtime, connectionId: string, streamId: string): void {
  const { session, connection } = connected(rt, connectionId);
  const stream = session.streams.get(streamId);
  if (stream?.connectionId !== connection.connectionId) throw new HttpError(404, 'Stream not found');
  rt.store.unpublish(session, stream.streamId);
}

/** The client leaves, its streams first. */
export function leave(rt: Runtime, connectionId: string): void {
  const { session, connection } = connected(rt, connectionId);
  rt.store.disconnect(session, connection.connectionId);
}
