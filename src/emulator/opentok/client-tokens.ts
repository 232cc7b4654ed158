/**
 * Verification of OpenTok client tokens, as the media servers would do it when a client connects
 * (docs/providers/opentok.md#client-tokens): the JWT minted by current SDKs, and the legacy `T1==` token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import type { ProjectCredentials } from './rest-auth.js';

/** Client roles (opentok-node spells the fourth one without a hyphen). */
export const ROLES = ['publisher', 'subscriber', 'moderator', 'publisheronly'] as const;
export type Role = (typeof ROLES)[number];

/** Clock skew tolerated on a client token's expiry. */
const CLIENT_TOKEN_SKEW_S = 30;

/** What a valid client token grants. */
export interface ClientGrant {
  tokenType: 'jwt' | 't1';
  sessionId: string;
  role: Role;
  connectionData: string | null;
  initialLayoutClassList: string[];
  /** Unix seconds, or `null` when the token never expires (Ruby omits it unless asked). */
  expiresAt: number | null;
}

/** Verdict of {@link verifyClientToken}: either a grant or the reason for refusal. */
export type ClientTokenVerdict = { ok: true; grant: ClientGrant } | { ok: false; reason: string };

function refuse(reason: string): ClientTokenVerdict {
  return { ok: false, reason };
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function classList(value: unknown): string[] {
  return typeof value === 'string' ? value.split(' ').filter((c) => c !== '') : [];
}

/**
 * Verifies a client token for the project. Checks the signature, the project key, the expiry
 * and the role; the caller checks that the session exists.
 */
export async function verifyClientToken(
  token: string,
  project: ProjectCredentials,
  nowMs: number = Date.now(),
): Promise<ClientTokenVerdict> {
  if (token.startsWith('T1==')) return verifyT1(token, project, nowMs);
  if (token.split('.').length === 3) return verifyJwt(token, project, nowMs);
  return refuse('Token is neither a JWT nor a T1 token');
}

async function verifyJwt(token: string, project: ProjectCredentials, nowMs: number): Promise<ClientTokenVerdict> {
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
    claims = decodeJwt(token) as Record<string, unknown>;
  } catch {
    return refuse('Token is not a decodable JWT');
  }
  if (header.alg !== 'HS256') {
    return refuse(`Unsupported token algorithm ${String(header.alg)}; OpenTok project tokens are HS256`);
  }
  if (String(claims.iss ?? '') !== project.apiKey) {
    return refuse('Token was issued for another project');
  }
  try {
    await jwtVerify(token, new TextEncoder().encode(project.apiSecret), {
      algorithms: ['HS256'],
      clockTolerance: CLIENT_TOKEN_SKEW_S,
      currentDate: new Date(nowMs),
    });
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return refuse('Token has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) return refuse(`Token claim rejected: ${error.message}`);
    return refuse('Token signature does not match the project secret');
  }
  const ist = claims.ist ?? header.ist;
  if (ist !== undefined && ist !== 'project') return refuse('Token issuer type must be "project"');
  if (claims.scope !== 'session.connect') return refuse('Token scope must be "session.connect"');
  if (typeof claims.session_id !== 'string' || claims.session_id === '') return refuse('Token has no session_id');
  const role = claims.role ?? 'publisher';
  if (!isRole(role)) return refuse(`Token role ${String(role)} is not a valid role`);

  // `exp` is checked by jwtVerify; `expire_time` duplicates it in opentok-node tokens.
  const exp = typeof claims.exp === 'number' ? claims.exp : null;
  const expireTime = Number(claims.expire_time ?? Number.NaN);
  const expiresAt = exp ?? (Number.isFinite(expireTime) ? expireTime : null);
  if (expiresAt !== null && expiresAt + CLIENT_TOKEN_SKEW_S < nowMs / 1000) return refuse('Token has expired');

  return {
    ok: true,
    grant: {
      tokenType: 'jwt',
      sessionId: claims.session_id,
      role,
      connectionData: typeof claims.connection_data === 'string' ? claims.connection_data : null,
      initialLayoutClassList: classList(claims.initial_layout_class_list),
      expiresAt,
    },
  };
}

function verifyT1(token: string, project: ProjectCredentials, nowMs: number): ClientTokenVerdict {
  const decoded = Buffer.from(token.slice(4), 'base64');
  // Split on the FIRST ':' only: the data string may contain more (connection data).
  const colon = decoded.indexOf(0x3a);
  if (colon < 0) return refuse('T1 token has no signature separator');
  const head = new URLSearchParams(decoded.subarray(0, colon).toString('utf8'));
  // HMAC the raw bytes as received; a re-serialisation would differ in escaping between SDKs.
  const dataBytes = decoded.subarray(colon + 1);

  if (head.get('partner_id') !== project.apiKey) return refuse('Token was issued for another project');
  const sig = Buffer.from(head.get('sig') ?? '', 'hex');
  const expected = createHmac('sha1', project.apiSecret).update(dataBytes).digest();
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) {
    return refuse('Token signature does not match the project secret');
  }

  const data = new URLSearchParams(dataBytes.toString('utf8'));
  const sessionId = data.get('session_id');
  if (!sessionId) return refuse('Token has no session_id');
  const role = data.get('role') ?? 'publisher';
  if (!isRole(role)) return refuse(`Token role ${role} is not a valid role`);
  const expireRaw = data.get('expire_time');
  const expiresAt = expireRaw === null || expireRaw === '' ? null : Number(expireRaw);
  if (expiresAt !== null && !Number.isFinite(expiresAt)) return refuse('Token expire_time is not a number');
  if (expiresAt !== null && expiresAt + CLIENT_TOKEN_SKEW_S < nowMs / 1000) return refuse('Token has expired');

  return {
    ok: true,
    grant: {
      tokenType: 't1',
      sessionId,
      role,
      connectionData: data.get('connection_data'),
      initialLayoutClassList: classList(data.get('initial_layout_class_list')),
      expiresAt,
    },
  };
}
