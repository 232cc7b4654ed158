/**
 * What OpenTok's error statuses mean for the session operations of ./session-ops.ts, where they
 * differ from the meanings of ./errors.ts (docs/providers/opentok.md#recorded-vs-documented).
 */
import type { StatusMeaning } from '../rest/errors.js';

/** The REST operations of ./session-ops.ts (select the wording of ./errors.ts). */
export type SessionOpsOperation =
  | 'getStream'
  | 'setStreamLayoutClasses'
  | 'muteStream'
  | 'muteSession'
  | 'playDtmf'
  | 'startRender'
  | 'stopRender'
  | 'getRender'
  | 'listRenders'
  | 'connectAudioStream'
  | 'startCaptions'
  | 'stopCaptions';

/** What a 404 means for each operation. */
export const SESSION_OPS_NOT_FOUND: Readonly<Record<SessionOpsOperation, string>> = {
  getStream: 'stream not found: nobody publishes it in this session',
  setStreamLayoutClasses: 'session or stream not found: one of the streams is not published in this session',
  muteStream: 'stream not found: nobody publishes it in this session',
  muteSession: 'session not found: OpenTok does not know this session',
  playDtmf: 'session or connection not found: no such SIP participant is connected',
  startRender: 'session not found: OpenTok does not know this session',
  stopRender: 'render not found',
  getRender: 'render not found',
  listRenders: 'no renders found',
  connectAudioStream: 'session not found: OpenTok does not know this session',
  startCaptions: 'session not found: OpenTok does not know this session',
  stopCaptions: 'captions not found: they were never started or have already stopped',
};

const ROUTED_ONLY = 'only routed sessions can do this: create the session with mediaMode ROUTED';

/** What a 409 means for an operation of this file; undefined for the others. */
export function sessionOpsConflict(operation: string, relayed: boolean): StatusMeaning | undefined {
  switch (operation) {
    case 'connectAudioStream':
    case 'startRender':
      return { code: 'PRECONDITION_FAILED', message: ROUTED_ONLY };
    case 'startCaptions':
      return relayed
        ? { code: 'PRECONDITION_FAILED', message: ROUTED_ONLY }
        : { code: 'CONFLICT', message: 'live captions are already running for this session; stop them first' };
    default:
      return undefined;
  }
}
