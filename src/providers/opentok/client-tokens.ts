/**
 * Client token minting for OpenTok projects (docs/providers/opentok.md#client-tokens). Tokens are
 * signed locally with the project secret; no upstream call is made.
 *
 * - JWT (default): HS256, header `{"alg":"HS256","typ":"JWT"}`, exactly the claim set of
 *   opentok-node >= 2.19 in the same order: `{iss, ist:"project", iat, exp, session_id,
 *   create_time, nonce, role, expire_time, connection_data?, initial_layout_class_list, scope}`.
 * - `T1==` (on request): `"T1==" + base64("partner_id=<key>&sig=<hex HMAC-SHA1>:" + dataString)`,
 *   dataString being the same fields form-encoded as node's `querystring` does.
 *
 * This is the gateway's hottest path (one call per participant join), so the JWT is assembled as a
 * string and signed with `createHmac` directly: no claim objects, no async JOSE API.
 */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { stringify as formEncode } from 'node:querystring';
import { badInput } from '../../errors.js';
import type { GenerateTokenOptions, Role, TokenFormat } from '../types.js';
import { HS256_JWT_HEADER } from './rest-auth.js';
import { decodeSessionId } from './session-ids.js';

/** The wire role of each gateway role (`publisheronly` has no hyphen); Vonage tokens use the same. */
export const OPENTOK_ROLES: Readonly<Record<Role, string>> = Object.freeze({
  PUBLISHER: 'publisher',
  SUBSCRIBER: 'subscriber',
  MODERATOR: 'moderator',
  PUBLISHER_ONLY: 'publisheronly',
});

/** Default token lifetime: 24 h, like every OpenTok SDK (and @vonage/video). */
export const DEFAULT_TOKEN_TTL_SECONDS = 86_400;
/** Longest space-joined initial layout class list (opentok-node's limit). */
const MAX_LAYOUT_CLASS_LIST_LENGTH = 1024;

const FOREIGN_SESSION = 'this session does not belong to the configured OpenTok API key';

/** A minted token and the values it was minted with. */
export interface MintedToken {
  token: string;
  role: Role;
  data: string | null;
  /** The token's expiry, whole seconds (what the token says). */
  expiresAt: Date;
  format: TokenFormat;
}

/** Mints client tokens for one OpenTok project. */
export interface ClientTokenMinter {
  /**
   * Mints a token. The options are taken as the GraphQL layer checked them (role, format, expiry,
   * data and class names); what only the minter can know is checked here, with a
   * `GatewayError` BAD_USER_INPUT naming `input.<field>`: that the session belongs to this
   * project, and OpenTok's limit on the joined class list. Synchronous and allocation-light.
   *
   * @param nowMs the clock, for tests.
   */
  mint(options: GenerateTokenOptions, nowMs?: number): MintedToken;
}

/** Creates a {@link ClientTokenMinter} for `apiKey`, signing with `apiSecret`. */
export function createClientTokenMinter(apiKey: string, apiSecret: string): ClientTokenMinter {
  const key: KeyObject = createSecretKey(Buffer.from(apiSecret, 'utf8'));
  const claimsPrefix = `{"iss":${JSON.stringify(apiKey)},"ist":"project","iat":`;
  const t1Prefix = `partner_id=${apiKey}&sig=`;
  // Ownership answers for recently seen session ids: a few hundred sessions mint most tokens, and
  // this skips a base64 decode per token. Bounded; cleared wholesale when full.
  const owned = new Set<string>();

  function checkSession(sessionId: unknown): string {
    if (typeof sessionId !== 'string' || sessionId === '') {
      throw badInput('input.sessionId', 'a session id is required');
    }
    if (owned.has(sessionId)) return sessionId;
    const decoded = decodeSessionId(sessionId);
    if (decoded === null) throw badInput('input.sessionId', 'this is not an OpenTok session id');
    if (decoded.apiKey !== apiKey) throw badInput('input.sessionId', FOREIGN_SESSION);
    if (owned.size >= 4096) owned.clear();
    owned.add(sessionId);
    return sessionId;
  }

  return {
    mint(options: GenerateTokenOptions, nowMs: number = Date.now()): MintedToken {
      const sessionId = checkSession(options.sessionId);
      const role = options.role ?? 'PUBLISHER';
      const wireRole = OPENTOK_ROLES[role];
      const format: TokenFormat = options.format === 'T1' ? 'T1' : 'JWT';
      const expireTime =
        options.expiresAt === undefined
          ? Math.floor(nowMs / 1000) + DEFAULT_TOKEN_TTL_SECONDS
          : Math.floor(options.expiresAt.getTime() / 1000);
      const data = options.data === undefined || options.data === '' ? null : options.data;
      const layout = layoutOf(options.initialLayoutClassList);
      // opentok-node: `iat` is floored, `create_time` rounded; kept so tokens match its byte for byte
      // in shape (they may differ by one second, as the SDK's own do).
      const iat = Math.floor(nowMs / 1000);
      const createTime = Math.round(nowMs / 1000);
      const nonce = Math.random();

      let token: string;
      if (format === 'JWT') {
        // Session ids are validated base64url (no JSON escaping needed); data and layout are not.
        const claims =
          claimsPrefix +
          iat +
          ',"exp":' +
          expireTime +
          ',"session_id":"' +
          sessionId +
          '","create_time":' +
          createTime +
          ',"nonce":' +
          nonce +
          ',"role":"' +
          wireRole +
          '","expire_time":' +
          expireTime +
          (data === null ? '' : `,"connection_data":${JSON.stringify(data)}`) +
          ',"initial_layout_class_list":' +
          JSON.stringify(layout) +
          ',"scope":"session.connect"}';
        const signingInput = `${HS256_JWT_HEADER}.${Buffer.from(claims, 'utf8').toString('base64url')}`;
        token = `${signingInput}.${createHmac('sha256', key).update(signingInput).digest('base64url')}`;
      } else {
        const fields: Record<string, string | number> = {
          session_id: sessionId,
          create_time: createTime,
          nonce,
          role: wireRole,
          expire_time: expireTime,
        };
        if (data !== null) fields.connection_data = data;
        fields.initial_layout_class_list = layout;
        fields.scope = 'session.connect';
        const dataString = formEncode(fields);
        const sig = createHmac('sha1', key).update(dataString).digest('hex');
        token = `T1==${Buffer.from(`${t1Prefix + sig}:${dataString}`, 'utf8').toString('base64')}`;
      }
      return { token, role, data, expiresAt: new Date(expireTime * 1000), format };
    },
  };
}

/** The space-joined class list, within opentok-node's limit (BAD_USER_INPUT naming the field beyond it). */
export function layoutOf(classes: string[] | undefined): string {
  if (classes === undefined) return '';
  const joined = classes.join(' ');
  if (joined.length > MAX_LAYOUT_CLASS_LIST_LENGTH) {
    throw badInput('input.initialLayoutClassList', `must total at most ${MAX_LAYOUT_CLASS_LIST_LENGTH} characters`);
  }
  return joined;
}
