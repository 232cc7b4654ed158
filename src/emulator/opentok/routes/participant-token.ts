/**
 * The client token that dial-out, renders and the Audio Connector carry for the participant they
 * add: checked like a client join, and it must be for the session named in the same body
 * (docs/providers/opentok.md#sip-dial).
 */
import type { ClientGrant } from '../client-tokens.js';
import { HttpError } from '../../http.js';
import type { Runtime } from '../runtime.js';

/** The token's grant; 400 for a token the platform would refuse or one minted for another session. */
export async function requireParticipantToken(rt: Runtime, token: string, sessionId: string): Promise<ClientGrant> {
  const verdict = await rt.verifyClientToken(token);
  if (!verdict.ok) throw new HttpError(400, `Invalid token: ${verdict.reason}`);
  if (verdict.grant.sessionId !== sessionId) throw new HttpError(400, 'Invalid token: it was minted for another session');
  return verdict.grant;
}
