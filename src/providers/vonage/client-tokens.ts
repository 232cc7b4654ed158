/**
 * Client tokens of a Vonage Video application (docs/providers/vonage.md#client-tokens): RS256 JWTs
 * signed locally with the application's private key, with the claim set of @vonage/video's
 * `generateClientToken`, in its order: `{scope: "session.connect", session_id, role,
 * initial_layout_class_list, exp, sub: "video", acl: {paths: {"/session/**": {}}},
 * connection_data?, jti, iat, application_id}`. No upstream call is made.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { badInput } from '../../errors.js';
import { DEFAULT_TOKEN_TTL_SECONDS, layoutOf, OPENTOK_ROLES, type MintedToken } from '../opentok/client-tokens.js';
import { foreignSession, notSessionId, surfacePlatform } from '../opentok/platform-names.js';
import { decodeSessionId } from '../opentok/session-ids.js';
import type { GenerateTokenOptions } from '../types.js';

/** Mints client tokens for one Vonage application. */
export interface VonageTokenMinter {
  /**
   * Mints a token. The options are taken as the GraphQL layer checked them; what only the minter
   * can know is checked here (BAD_USER_INPUT naming `input.<field>`): that the session belongs to
   * this application, and the limit on the joined class list.
   *
   * @param nowMs the clock, for tests.
   */
  mint(options: GenerateTokenOptions, nowMs?: number): Promise<MintedToken>;
}

const PLATFORM = surfacePlatform('VONAGE');

/** Creates a {@link VonageTokenMinter} for `applicationId`, signing with `privateKey`. */
export function createVonageTokenMinter(applicationId: string, privateKey: KeyObject): VonageTokenMinter {
  return {
    async mint(options, nowMs = Date.now()) {
      const { sessionId } = options;
      if (typeof sessionId !== 'string' || sessionId === '') throw badInput('input.sessionId', 'a session id is required');
      const decoded = decodeSessionId(sessionId);
      if (decoded === null) throw badInput('input.sessionId', notSessionId(PLATFORM));
      if (decoded.apiKey !== applicationId) throw badInput('input.sessionId', foreignSession(PLATFORM));

      const role = options.role ?? 'PUBLISHER';
      // Only JWTs exist here: the GraphQL layer refuses T1 from the declared token formats.
      if (options.format === 'T1') throw badInput('input.format', 'Vonage applications issue JWT client tokens only');
      const iat = Math.floor(nowMs / 1000);
      const exp = options.expiresAt === undefined ? iat + DEFAULT_TOKEN_TTL_SECONDS : Math.floor(options.expiresAt.getTime() / 1000);
      const data = options.data === undefined || options.data === '' ? null : options.data;
      const claims: Record<string, unknown> = {
        scope: 'session.connect',
        session_id: sessionId,
        role: OPENTOK_ROLES[role],
        initial_layout_class_list: layoutOf(options.initialLayoutClassList),
        exp,
        sub: 'video',
        acl: { paths: { '/session/**': {} } },
        ...(data === null ? {} : { connection_data: data }),
        jti: randomUUID(),
        iat,
        application_id: applicationId,
      };
      const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(privateKey);
      return { token, role, data, expiresAt: new Date(exp * 1000), format: 'JWT' };
    },
  };
}
