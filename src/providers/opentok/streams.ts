/**
 * One stream and layout classes on OpenTok (docs/providers/opentok.md#streams):
 * `GET P/session/{sid}/stream/{stid}` and `PUT P/session/{sid}/stream`.
 */
import type { StreamLayoutUpdate } from '../session-ops-types.js';
import type { StreamInfo } from '../types.js';
import { pathSegment } from '../rest/path.js';
import type { OpenTokRestClient } from './client.js';
import { toStreamInfo } from './mapping.js';

/** The path of a session's streams. */
function streamsPath(sessionId: string): string {
  return `/session/${pathSegment(sessionId, 'sessionId')}/stream`;
}

/** One stream; null when OpenTok answers 404 (no such stream, or no such session). */
export async function getStream(rest: OpenTokRestClient, sessionId: string, streamId: string): Promise<StreamInfo | null> {
  const dto = await rest.projectJson({
    operation: 'getStream',
    method: 'GET',
    path: `${streamsPath(sessionId)}/${pathSegment(streamId, 'streamId')}`,
    allow: [404],
  });
  if (dto === null) return null;
  const stream = toStreamInfo(dto, sessionId);
  if (stream === null) throw rest.unexpected('getStream');
  return stream;
}

/** Sets the class lists of several streams in one call (`{items: [{id, layoutClassList}]}`). */
export async function setStreamLayoutClasses(rest: OpenTokRestClient, sessionId: string, streams: StreamLayoutUpdate[]): Promise<void> {
  const items = streams.map((s, i) => ({ id: checkedId(s.streamId, i), layoutClassList: [...s.layoutClassList] }));
  await rest.projectSend({ operation: 'setStreamLayoutClasses', method: 'PUT', path: streamsPath(sessionId), json: { items } });
}

/** A stream id travels in the body, but must still be one id (checked like a path segment). */
function checkedId(streamId: string, index: number): string {
  pathSegment(streamId, `input.streams.${index}.streamId`);
  return streamId;
}
