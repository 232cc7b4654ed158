import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import { GatewayError } from '../errors.js';
import type { Role } from '../providers/types.js';
import type { Context } from './context.js';

/**
 * Caller scopes: what a verified token may do (docs/operations.md, Callers and scopes). Every root
 * field names the scope it needs with `authScopes: { scope: ... }`; the check runs before the
 * resolver and before input validation, on queries, mutations and subscriptions alike.
 */
export const SCOPES = [
  'video:sessions:read',
  'video:sessions:write',
  'video:tokens:subscriber',
  'video:tokens:publisher',
  'video:tokens:moderator',
  'video:archives:read',
  'video:archives:write',
  'video:broadcasts:read',
  'video:broadcasts:write',
  'video:sip',
  'video:moderate',
  'video:events',
  'video:admin',
] as const;

/** One caller scope. */
export type Scope = (typeof SCOPES)[number];

/** Token scopes from weakest to strongest: a stronger one allows every weaker role. */
const TOKEN_SCOPES: readonly Scope[] = ['video:tokens:subscriber', 'video:tokens:publisher', 'video:tokens:moderator'];

/** The weakest scope that may mint a token of `role` (the default role is PUBLISHER). */
export function tokenScope(role: Role | null | undefined): Scope {
  if (role === 'SUBSCRIBER') return 'video:tokens:subscriber';
  if (role === 'MODERATOR') return 'video:tokens:moderator';
  return 'video:tokens:publisher';
}

/** Whether the caller may use what `scope` guards; always true when caller auth is off. */
export function callerHas(ctx: Context, scope: Scope): boolean {
  if (!ctx.config.auth) return true;
  const granted = ctx.caller?.scopes;
  if (!granted) return false;
  if (granted.has(scope) || granted.has('video:admin')) return true;
  const rank = TOKEN_SCOPES.indexOf(scope);
  return rank >= 0 && TOKEN_SCOPES.slice(rank + 1).some((stronger) => granted.has(stronger));
}

/** Whether there is a verified caller (or caller auth is off). */
export function isAuthenticated(ctx: Context): boolean {
  return !ctx.config.auth || ctx.caller !== null;
}

/** The scope `node(id)` needs, from the type the global id names (unknown: any verified caller). */
export function nodeScope(id: unknown): Scope | null {
  const raw = typeof id === 'string' ? Buffer.from(id, 'base64').toString('utf8') : '';
  const typename = id && typeof id === 'object' && 'typename' in id ? String(id.typename) : raw.slice(0, raw.indexOf(':'));
  if (typename === 'Session' || typename === 'Connection') return 'video:sessions:read';
  if (typename === 'Archive') return 'video:archives:read';
  if (typename === 'Broadcast') return 'video:broadcasts:read';
  if (typename === 'SipCall') return 'video:sip';
  if (typename === 'Render' || typename === 'Captions' || typename === 'AudioConnection') return 'video:sessions:read';
  return null;
}

function neededScopes(failure: AuthFailure): Scope[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) {
    return failure.scope === 'scope' ? [failure.parameter as Scope | readonly Scope[]].flat() : [];
  }
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.flatMap(neededScopes);
  }
  return [];
}

/**
 * The refusal of a caller that lacks every one of `needed`: UNAUTHENTICATED when no token came,
 * else FORBIDDEN naming the scopes.
 */
function refusal(ctx: Context, needed: readonly Scope[]): GatewayError {
  if (!isAuthenticated(ctx)) {
    return new GatewayError('UNAUTHENTICATED', 'this gateway needs a caller token: send Authorization: Bearer <jwt>');
  }
  const which = needed.length ? `the scope ${needed.join(' or ')}` : 'a scope it does not grant';
  return new GatewayError('FORBIDDEN', `the caller token lacks ${which} (or video:admin)`);
}

/** The scope plugin's `unauthorizedError` (see {@link refusal}). */
export function scopeRefusal(ctx: Context, result: ForbiddenResult): GatewayError {
  return refusal(
    ctx,
    [...new Set(neededScopes(result.failure))].filter((scope) => !callerHas(ctx, scope)),
  );
}

/**
 * Checks a scope where no field option can: the federation `_entities` resolver.
 * @throws GatewayError UNAUTHENTICATED or FORBIDDEN (see {@link refusal})
 */
export function requireScope(ctx: Context, scope: Scope): void {
  if (!callerHas(ctx, scope)) throw refusal(ctx, [scope]);
}
