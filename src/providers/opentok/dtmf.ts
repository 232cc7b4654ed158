/**
 * DTMF to SIP participants on OpenTok (docs/providers/opentok.md#sip-dial): to every SIP
 * participant of a session, or to one connection. The answer is an empty 200.
 */
import type { PlayDtmfOptions } from '../session-ops-types.js';
import { pathSegment } from '../rest/path.js';
import type { OpenTokRestClient } from './client.js';

/** `POST P/session/{sid}[/connection/{cid}]/play-dtmf` with `{digits}`. */
export async function playDtmf(rest: OpenTokRestClient, options: PlayDtmfOptions): Promise<void> {
  const target = options.connectionId ? `/connection/${pathSegment(options.connectionId, 'input.connectionId')}` : '';
  await rest.projectSend({
    operation: 'playDtmf',
    method: 'POST',
    path: `/session/${pathSegment(options.sessionId, 'sessionId')}${target}/play-dtmf`,
    json: { digits: options.digits },
  });
}
