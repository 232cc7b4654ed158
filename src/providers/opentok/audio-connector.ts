/**
 * Audio Connector on OpenTok (docs/providers/opentok.md#audio-connector): `POST P/connect` sends a
 * session's audio to a WebSocket and answers `{id, connectionId}`. There is no stop call that
 * still works: force-disconnecting the connection ends it.
 */
import { badInput } from '../../errors.js';
import type { AudioConnectionInfo, ConnectAudioStreamOptions } from '../session-ops-types.js';
import type { ProviderName } from '../types.js';
import { text } from '../wire-values.js';
import type { OpenTokRestClient } from './client.js';

/** The `websocket` object of the body (only the fields that are set). Headers become an object, so a name given twice is refused. */
export function planWebsocket(options: ConnectAudioStreamOptions): Record<string, unknown> {
  const websocket: Record<string, unknown> = { uri: options.uri };
  if (options.streams !== undefined && options.streams.length > 0) websocket.streams = [...options.streams];
  if (options.headers !== undefined && options.headers.length > 0) {
    const headers: Record<string, string> = {};
    for (const { name, value } of options.headers) {
      if (Object.hasOwn(headers, name)) throw badInput('input.headers', `${name} is given twice`);
      headers[name] = value;
    }
    websocket.headers = headers;
  }
  if (options.audioRate !== undefined) websocket.audioRate = options.audioRate;
  // Like opentok-node: sent only when true.
  if (options.bidirectional === true) websocket.bidirectional = true;
  return websocket;
}

/** `POST P/connect` with an already minted token. */
export async function connectAudioStream(
  rest: OpenTokRestClient,
  provider: ProviderName,
  options: ConnectAudioStreamOptions,
  token: string,
): Promise<AudioConnectionInfo> {
  const json = { sessionId: options.sessionId, token, websocket: planWebsocket(options) };
  const dto = (await rest.projectJson({ operation: 'connectAudioStream', method: 'POST', path: '/connect', json })) as Record<
    string,
    unknown
  > | null;
  const audioConnectionId = text(dto?.id);
  const connectionId = text(dto?.connectionId);
  if (audioConnectionId === null || connectionId === null) throw rest.unexpected('connectAudioStream');
  return { provider, audioConnectionId, sessionId: options.sessionId, connectionId };
}
