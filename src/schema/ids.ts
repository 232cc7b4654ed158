import { encodeGlobalID } from '@pothos/plugin-relay';
import { badInput, GatewayError, isGatewayError } from '../errors.js';
import type { Context } from './context.js';
import { PROVIDER_NAMES, type ArchiveInfo, type ProviderName, type VideoProvider } from '../providers/types.js';

/**
 * Global ids. The Relay plugin encodes `base64("<Type>:<local id>")`; our local id is
 * `<PROVIDER>:<native id>` (or `<PROVIDER>:<session id>/<connection id>` for things that only
 * exist inside a session), so every id says which provider owns it.
 */
const isProviderName = (name: string): name is ProviderName => (PROVIDER_NAMES as readonly string[]).includes(name);

/** Builds the local part of a global id. */
export function localId(provider: ProviderName, ...parts: string[]): string {
  return `${provider}:${parts.map(encodeURIComponent).join('/')}`;
}

/** Splits a local id; null when it is not one of ours. */
export function parseLocalId(local: string): { provider: ProviderName; parts: string[] } | null {
  const colon = local.indexOf(':');
  if (colon < 0) return null;
  const provider = local.slice(0, colon);
  if (!isProviderName(provider)) return null;
  try {
    return {
      provider,
      parts: local
        .slice(colon + 1)
        .split('/')
        .map(decodeURIComponent),
    };
  } catch {
    return null;
  }
}

/**
 * Decodes a global id of the given type; null when `raw` is not a canonical base64 global id of
 * that type (a provider-native id never round-trips: they use `-` and `_`, or no base64 at all).
 */
export function decodeGlobalIdOf(typename: string, raw: string): { provider: ProviderName; parts: string[] } | null {
  if (raw.length < 8 || raw.length % 4 !== 0) return null;
  const decoded = Buffer.from(raw, 'base64');
  if (decoded.toString('base64') !== raw) return null;
  const text = decoded.toString('utf8');
  if (!text.startsWith(`${typename}:`)) return null;
  return parseLocalId(text.slice(typename.length + 1));
}

/** A session named by an argument, with the provider that owns it. */
export interface SessionRef {
  provider: VideoProvider;
  sessionId: string;
}

/** An archive named by an argument, with the provider that owns it. */
export interface ArchiveRef {
  provider: VideoProvider;
  archiveId: string;
}

/**
 * Resolves an argument naming a session: the global id, or a native id routed by format.
 * @throws GatewayError naming `field`
 */
export function sessionArg(ctx: Context, raw: string, field: string): SessionRef {
  const value = raw.trim();
  if (!value) throw badInput(field, 'must not be empty');
  if (value.length > 512) throw badInput(field, 'is too long to be a session id');
  const global = decodeGlobalIdOf('Session', value);
  if (global) {
    const [sessionId] = global.parts;
    if (!sessionId) throw badInput(field, 'is not a valid Session id');
    const ref = { provider: ctx.registry.get(global.provider, field), sessionId };
    assertSessionAllowed(ctx, ref.provider.name, ref.sessionId, field);
    return ref;
  }
  const ref = { provider: ctx.registry.forSessionId(value, field), sessionId: value };
  assertSessionAllowed(ctx, ref.provider.name, ref.sessionId, field);
  return ref;
}

/** The sessions of the caller's `video_sessions` claim; null when it may act on any session. */
function allowedSessions(ctx: Context): ReadonlySet<string> | null {
  return ctx.config.auth ? (ctx.caller?.sessions ?? null) : null;
}

/**
 * Enforces the `video_sessions` claim: a caller restricted to some sessions may act only on
 * those, named by native or global id.
 * @throws GatewayError FORBIDDEN naming `field`
 */
export function assertSessionAllowed(ctx: Context, provider: ProviderName, sessionId: string, field: string): void {
  if (isAllowedSession(ctx, provider, sessionId)) return;
  throw new GatewayError('FORBIDDEN', `${field}: the caller token does not allow this session (video_sessions claim)`, { field });
}

/** Whether the caller's `video_sessions` claim (if any) names this session, by native or global id. */
export function isAllowedSession(ctx: Context, provider: ProviderName, sessionId: string): boolean {
  const allowed = allowedSessions(ctx);
  return !allowed || allowed.has(sessionId) || allowed.has(encodeGlobalID('Session', localId(provider, sessionId)));
}

/** True when the caller may act only on the sessions of its `video_sessions` claim. */
export function isRestrictedToSessions(ctx: Context): boolean {
  return allowedSessions(ctx) !== null;
}

/**
 * Enforces the `video_sessions` claim on an archive, through the session it records. Reads the
 * archive only for a restricted caller; an archive the provider does not know passes (the
 * resolver reports it as it would for anyone).
 * @throws GatewayError FORBIDDEN naming `field`
 */
export async function assertArchiveAllowed(ctx: Context, ref: ArchiveRef, field: string, known?: ArchiveInfo | null): Promise<void> {
  if (!isRestrictedToSessions(ctx)) return;
  const archive = known === undefined ? await ref.provider.getArchive(ref.archiveId) : known;
  if (archive) assertSessionAllowed(ctx, archive.provider, archive.sessionId, field);
}

/**
 * Resolves an argument naming an archive: the global id, or a native id routed by format.
 * @throws GatewayError naming `field`
 */
export function archiveArg(ctx: Context, raw: string, field: string): ArchiveRef {
  const value = raw.trim();
  if (!value) throw badInput(field, 'must not be empty');
  if (value.length > 512) throw badInput(field, 'is too long to be an archive id');
  const global = decodeGlobalIdOf('Archive', value);
  if (global) {
    const [archiveId] = global.parts;
    if (!archiveId) throw badInput(field, 'is not a valid Archive id');
    return { provider: ctx.registry.get(global.provider, field), archiveId };
  }
  return { provider: ctx.registry.forArchiveId(value, field), archiveId: value };
}

/**
 * Runs a provider call about the session or archive an argument named, so that the provider's
 * "not found" names that argument and the provider it was routed to (a native id routed by
 * format may belong to nobody). Use it only for calls whose one NOT_FOUND is that object.
 */
export async function about<T>(field: string, provider: VideoProvider, id: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (isGatewayError(error) && error.code === 'NOT_FOUND' && !error.details.field) {
      throw new GatewayError('NOT_FOUND', `${field}: ${provider.name} does not know "${id.slice(0, 120)}" (${error.message})`, {
        ...error.details,
        field,
        provider: provider.name,
      });
    }
    throw error;
  }
}

/** Where a listing reads: one session's objects, or one provider's (`sessionId` null). */
export interface ListingTarget {
  provider: VideoProvider;
  sessionId: string | null;
}

/**
 * The target of a listing field that takes `sessionId` or `provider` (the default provider when
 * neither is given). A caller limited to some sessions (`video_sessions`) must name one of them.
 * @throws GatewayError FORBIDDEN for a limited caller naming no session
 */
export function listingTarget(ctx: Context, args: { sessionId?: string | number | null; provider?: ProviderName | null }): ListingTarget {
  if (args.sessionId) {
    const ref = sessionArg(ctx, String(args.sessionId), 'sessionId');
    return { provider: ref.provider, sessionId: ref.sessionId };
  }
  if (isRestrictedToSessions(ctx)) {
    throw new GatewayError('FORBIDDEN', 'sessionId: the caller token is limited to some sessions (video_sessions claim); name one', {
      field: 'sessionId',
    });
  }
  return { provider: args.provider ? ctx.registry.get(args.provider, 'provider') : ctx.registry.defaultProvider, sessionId: null };
}
