/**
 * What OpenVidu 2 CE offers of broadcasts, layouts and stream selection: nothing beyond the layout
 * chosen when a recording starts (`recordingLayout`, `customLayout`). Its REST broadcasts are kept
 * for the paid editions (CE answers 403), a recording's layout cannot change while it runs, and it
 * has no manual stream selection (docs/providers/openvidu.md#broadcasts-and-layouts). The GraphQL
 * layer refuses these before any call; the methods below answer a direct call the same way.
 */
import { GatewayError } from '../../errors.js';
import type { BroadcastProvider } from '../broadcast-types.js';

/** What to do instead, shown after each refusal. */
export const BROADCAST_HINTS = {
  broadcasts: 'OpenVidu 2 CE keeps broadcasts for its paid editions; use an OPENTOK session to broadcast',
  archiveLayouts: 'OpenVidu cannot change the layout of a running recording; choose recordingLayout when it starts',
  archiveStreams: 'OpenVidu records every stream of the session (or each stream with record: true on its token)',
  layout: 'OpenVidu takes its own layouts: use recordingLayout (and customLayout) instead',
  streamMode: 'OpenVidu records every stream of the session; choose per connection with record on its token',
  maxBitrate: 'OpenVidu has no recording bitrate option; leave it out',
  quantizationParameter: 'OpenVidu has no recording quality option; leave it out',
  hasTranscription: 'OpenVidu 2 has no recording transcription; leave it out',
  transcriptionProperties: 'OpenVidu 2 has no recording transcription; leave it out',
} as const;

const refuse = (what: string, hint: string): Promise<never> =>
  Promise.reject(new GatewayError('UNSUPPORTED_BY_PROVIDER', `OPENVIDU does not support ${what}: ${hint}`, { provider: 'OPENVIDU' }));

/** The broadcast operations of OpenVidu: each refuses, with its hint; no id is ever a broadcast id. */
export const NO_BROADCASTS: BroadcastProvider = {
  ownsBroadcastId: () => 'no',
  startBroadcast: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  stopBroadcast: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  getBroadcast: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  listBroadcasts: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  setBroadcastLayout: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  addBroadcastStream: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  removeBroadcastStream: () => refuse('broadcasts', BROADCAST_HINTS.broadcasts),
  setArchiveLayout: () => refuse('changing the layout of a recording', BROADCAST_HINTS.archiveLayouts),
  addArchiveStream: () => refuse('selecting the streams of a recording', BROADCAST_HINTS.archiveStreams),
  removeArchiveStream: () => refuse('selecting the streams of a recording', BROADCAST_HINTS.archiveStreams),
};
