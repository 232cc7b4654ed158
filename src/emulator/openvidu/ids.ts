/**
 * Identifiers in the formats of the real server (docs/providers/openvidu.md#identifier-formats; `IdentifierPrefixes`,
 * `RandomIdGenerator`, `TokenGenerator`).
 */
import { randomInt } from 'node:crypto';
import type { TypeOfVideo } from './model.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;

function pick(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** `ses_` + 1 upper + 9 alphanumerics, e.g. `ses_YnDaGYNcd7`. */
export function mintSessionId(): string {
  return `ses_${pick(UPPER, 1)}${pick(ALNUM, 9)}`;
}

/** `con_` + 1 upper + 9 alphanumerics, e.g. `con_Xnxg19tonh`. */
export function mintConnectionId(): string {
  return `con_${pick(UPPER, 1)}${pick(ALNUM, 9)}`;
}

/** The `token` query parameter: `tok_` + 1 upper + 15 alphanumerics. */
export function mintTokenSecret(): string {
  return `tok_${pick(UPPER, 1)}${pick(ALNUM, 15)}`;
}

/**
 * `str_<CAM|SCR|CUS|IPC|MIC>_<1 upper + 3 alnum>_<connectionId>`; `MIC` for audio-only streams.
 */
export function mintStreamId(typeOfVideo: TypeOfVideo, hasVideo: boolean, connectionId: string): string {
  const kind = hasVideo ? typeOfVideo.slice(0, 3) : 'MIC';
  return `str_${kind}_${pick(UPPER, 1)}${pick(ALNUM, 3)}_${connectionId}`;
}

/**
 * `ipc_IPCAM_<scheme>_<4 ALNUM>_<host>[_port]<path>` with `/`, `.` and `:` turned into `_` and
 * `-` removed, e.g. `ipc_IPCAM_rtsp_A1B2_dummyurl_com`.
 */
export function mintIpcamConnectionId(rtspUri: URL): string {
  const scheme = rtspUri.protocol.replace(/:$/, '');
  const tail = `${rtspUri.hostname}${rtspUri.port ? `_${rtspUri.port}` : ''}${rtspUri.pathname === '/' ? '' : rtspUri.pathname}`;
  return `ipc_IPCAM_${scheme}_${pick(`${UPPER}0123456789`, 4)}_${tail.replace(/[/.:]/g, '_').replace(/-/g, '')}`;
}

/**
 * The connection id a dev may force through `{"openviduCustomConnectionId": "..."}` in the
 * connection data (undocumented server feature), or `undefined`.
 */
export function customConnectionId(data: string): string | undefined {
  if (!data.includes('openviduCustomConnectionId')) return undefined;
  try {
    const parsed = JSON.parse(data) as unknown;
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const value = (parsed as Record<string, unknown>).openviduCustomConnectionId;
    const cleaned = typeof value === 'string' ? value.replace(/\W/g, '') : '';
    return cleaned === '' ? undefined : `con_${cleaned}`;
  } catch {
    return undefined;
  }
}

/** A recording id: the session id, or `<sessionId>~N` with the first free N. */
export function recordingIdFor(sessionId: string, taken: (id: string) => boolean): string {
  if (!taken(sessionId)) return sessionId;
  for (let n = 1; ; n += 1) {
    const id = `${sessionId}~${n}`;
    if (!taken(id)) return id;
  }
}

/** The public websocket URL tokens carry: the emulator URL with http(s) -> ws(s), no trailing `/`. */
export function wsUrlOf(baseUrl: string): string {
  return baseUrl.replace(/^http(s?):\/\//, 'ws$1://').replace(/\/$/, '');
}
