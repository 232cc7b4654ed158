/**
 * Force mute on OpenTok (docs/providers/opentok.md#force-mute): one stream, or every stream of a
 * session but some, and lifting a mute-all. The answer is an empty 200 (or, in the docs, a project
 * description): nothing in it is read.
 */
import type { MuteSessionOptions } from '../session-ops-types.js';
import { pathSegment } from '../rest/path.js';
import type { OpenTokRestClient } from './client.js';

/** `POST P/session/{sid}/stream/{stid}/mute` with `{}`, as opentok-node sends it. */
export async function muteStream(rest: OpenTokRestClient, sessionId: string, streamId: string): Promise<void> {
  await rest.projectSend({
    operation: 'muteStream',
    method: 'POST',
    path: `/session/${pathSegment(sessionId, 'sessionId')}/stream/${pathSegment(streamId, 'input.streamId')}/mute`,
    json: {},
  });
}

/**
 * `POST P/session/{sid}/mute`: `{active: true, excludedStreamIds}` mutes, `{active: false}` lifts
 * it. `excludedStreamIds` is the spelling of the REST reference and of the Vonage SDK.
 */
export async function muteSession(rest: OpenTokRestClient, options: MuteSessionOptions): Promise<void> {
  const json = options.active ? { active: true, excludedStreamIds: [...(options.excludedStreamIds ?? [])] } : { active: false };
  await rest.projectSend({
    operation: 'muteSession',
    method: 'POST',
    path: `/session/${pathSegment(options.sessionId, 'sessionId')}/mute`,
    json,
  });
}
