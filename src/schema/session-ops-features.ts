import type { SessionOpsFeature } from '../providers/session-ops-types.js';

/** What each feature of the session operations lets a provider do, as refusals name it (./capabilities.ts). */
export const SESSION_OPS_WHAT: Record<SessionOpsFeature, string> = {
  streamLayoutClasses: 'set layout classes of streams',
  forceMute: 'force-mute streams',
  renders: 'render web pages into a session (Experience Composer)',
  audioConnector: 'stream audio to a WebSocket (Audio Connector)',
  captions: 'caption a session live',
  ipCameras: 'connect IP cameras',
};
