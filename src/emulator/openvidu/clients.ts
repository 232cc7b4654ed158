/**
 * Simulated browsers of the OpenVidu face, driven by the control API: a client joins with the
 * token of a pending connection (single use), publishes streams and leaves.
 */
import { z } from 'zod';
import { parseJsonObject } from '../body.js';
import type { ClientInfo, ConnectedClient } from '../face.js';
import { badRequest, HttpError } from '../http.js';
import type { Connection, Session, TypeOfVideo } from './model.js';
import type { Platform } from './platform.js';

const publishSchema = z.object({
  hasAudio: z.boolean().default(true),
  hasVideo: z.boolean().default(true),
  videoType: z
    .enum(['camera', 'screen', 'custom', 'CAMERA', 'SCREEN', 'CUSTOM'])
    .default('camera')
    .transform((v) => v.toUpperCase() as TypeOfVideo),
});

/** Whether a token is an OpenVidu one (`ws(s)://host?sessionId=...&token=tok_...`). */
export function isOpenViduClientToken(token: string): boolean {
  return /^wss?:\/\//i.test(token);
}

/** Joins with a token (401 when it is not a pending connection's, 404 for a closed session). */
export function connectClient(platform: Platform, token: string, client: ClientInfo): ConnectedClient {
  const { session, connection } = platform.join(token, { ...client, platform: 'Emulated client (emulator control API)' });
  return { connectionId: connection.connectionId, sessionId: session.sessionId };
}

/** A participant by connection id (pending connections are not clients yet). */
export function activeClient(platform: Platform, connectionId: string): { session: Session; connection: Connection } | undefined {
  const found = platform.connection(connectionId);
  return found?.connection.status === 'active' ? found : undefined;
}

function participant(platform: Platform, connectionId: string): { session: Session; connection: Connection } {
  const found = activeClient(platform, connectionId);
  if (!found) throw new HttpError(404, 'Connection not found');
  return found;
}

/** The client publishes; a SUBSCRIBER may not (403). */
export function publish(platform: Platform, connectionId: string, body: Buffer): { streamId: string } {
  const { session, connection } = participant(platform, connectionId);
  if (connection.options.role === 'SUBSCRIBER') throw new HttpError(403, 'A client with the SUBSCRIBER role cannot publish');
  const parsed = publishSchema.safeParse(parseJsonObject(body));
  if (!parsed.success) throw badRequest(parsed.error.issues);
  const publisher = platform.publish(session, connection, {
    hasAudio: parsed.data.hasAudio,
    hasVideo: parsed.data.hasVideo,
    typeOfVideo: parsed.data.videoType,
  });
  return { streamId: publisher.streamId };
}

/** The client stops publishing one of its streams. */
export function unpublish(platform: Platform, connectionId: string, streamId: string): void {
  const { session, connection } = participant(platform, connectionId);
  if (!platform.unpublish(session, connection, streamId, 'unpublish')) throw new HttpError(404, 'Stream not found');
}

/** The client leaves: its streams, then itself, then the session lifecycle applies. */
export function leave(platform: Platform, connectionId: string): void {
  const { session, connection } = participant(platform, connectionId);
  platform.disconnect(session, connection, 'disconnect');
}
