/**
 * OpenVidu 2 identifier formats (docs/providers/openvidu.md#identifier-formats) and how sure the
 * adapter is that an id is OpenVidu's.
 *
 * - Random session ids are `ses_` + 10 alphanumerics (`ses_YnDaGYNcd7`): unmistakable.
 * - Custom session ids are anything matching `[a-zA-Z0-9_-]+`, which other platforms' ids (OpenTok
 *   session ids, UUIDs) match too: only "possible".
 * - A recording id is its session id, with `~N` appended when that id was already used on disk.
 */
import type { IdClaim } from '../types.js';

/** A random OpenVidu session id. */
const RANDOM_SESSION_ID = /^ses_[A-Za-z0-9]{10}$/;
/** Any session id OpenVidu accepts (`customSessionId` regex). */
export const SESSION_ID = /^[A-Za-z0-9_-]+$/;
/** A recording id minted from a random session id. */
const RANDOM_RECORDING_ID = /^ses_[A-Za-z0-9]{10}(?:~\d+)?$/;
/** Any recording id. */
const RECORDING_ID = /^[A-Za-z0-9_-]+(?:~\d+)?$/;
/** Connection ids (`con_...`, IP cameras `ipc_IPCAM_...`) and stream ids (`str_CAM_..._con_...`). */
export const CONNECTION_OR_STREAM_ID = /^[A-Za-z0-9_-]+$/;

/** `certain` for `ses_` + 10 alphanumerics, `possible` for another `[a-zA-Z0-9_-]+`, else `no`. */
export function claimSessionId(sessionId: unknown): IdClaim {
  if (typeof sessionId !== 'string') return 'no';
  if (RANDOM_SESSION_ID.test(sessionId)) return 'certain';
  return SESSION_ID.test(sessionId) ? 'possible' : 'no';
}

/** `certain` for a random session id (optionally `~N`), `possible` for another valid id, else `no`. */
export function claimRecordingId(recordingId: unknown): IdClaim {
  if (typeof recordingId !== 'string') return 'no';
  if (RANDOM_RECORDING_ID.test(recordingId)) return 'certain';
  return RECORDING_ID.test(recordingId) ? 'possible' : 'no';
}
