/** Signs OpenTok callbacks the way the platform signs "secure" callbacks, for end-to-end tests. */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

/**
 * The JWT of a signed callback: HS256 over `{iss, jti, payload_hash, api_key, application_id}`,
 * where `payload_hash` is the SHA-256 of the exact body (docs/providers/opentok.md#signed-callbacks).
 */
export function signCallback(body: string, secret: string, apiKey: string, iat = Math.floor(Date.now() / 1000)): Promise<string> {
  return new SignJWT({
    iss: 'Vonage',
    jti: randomUUID(),
    payload_hash: createHash('sha256').update(body).digest('hex'),
    api_key: apiKey,
    application_id: apiKey,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .sign(new TextEncoder().encode(secret));
}
