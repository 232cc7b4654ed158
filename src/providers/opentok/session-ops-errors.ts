/**
 * What OpenTok's error statuses mean for the session operations of ./session-ops.ts, where they
 * differ from the meanings of ./errors.ts (docs/providers/opentok.md#recorded-vs-documented).
 */
import type { StatusMeaning } from '../rest/errors.js';
import { sessionNotFound, type SurfacePlatform } from './platform-names.js';

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

/** What a 404 means for each operation, naming `platform`. */
export function sessionOpsNotFound(platform: SurfacePlatform): Readonly<Record<SessionOpsOperation, string>> {
  return {
    getStream: 'stream not found: nobody publishes it in this session',
    setStreamLayoutClasses: 'session or stream not found: one of the streams is not published in this session',
    muteStream: 'stream not found: nobody publishes it in this session',
    muteSession: sessionNotFound(platform),
    playDtmf: 'session or connection not found: no such SIP participant is connected',
    startRender: sessionNotFound(platform),
    stopRender: 'render not found',
    getRender: 'render not found',
    listRenders: 'no renders found',
    connectAudioStream: sessionNotFound(platform),
    startCaptions: sessionNotFound(platform),
    stopCaptions: 'captions not found: they were never started or have already stopped',
  };
}

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
