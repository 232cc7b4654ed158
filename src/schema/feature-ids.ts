import { badInput, GatewayError } from '../errors.js';
import type { Feature, VideoProvider } from '../providers/types.js';
import type { Context } from './context.js';
import { decodeGlobalIdOf } from './ids.js';

/** An object named by an argument (a render, live captions), with the provider that owns it. */
export interface FeatureRef {
  provider: VideoProvider;
  /** The provider-native id. */
  nativeId: string;
  /** The session, when the global id carries it. */
  sessionId: string | null;
}

/**
 * Resolves an argument naming an object only some providers have (renders, live captions): the
 * global id of `typename` (its local id is `<PROVIDER>:<native id>`, or `<PROVIDER>:<session
 * id>/<native id>`), or a native id, which goes to the one configured provider declaring
 * `feature` (docs/architecture.md#ids). Their ids (UUIDs) say nothing of their owner, so with
 * several such providers a native id is ambiguous.
 * @throws GatewayError naming `field`
 */
export function featureIdArg(ctx: Context, raw: string, field: string, typename: string, feature: Feature): FeatureRef {
  const value = raw.trim();
  if (!value) throw badInput(field, 'must not be empty');
  if (value.length > 512) throw badInput(field, `is too long to be a ${typename} id`);
  const global = decodeGlobalIdOf(typename, value);
  if (global) {
    const nativeId = global.parts.at(-1);
    if (!nativeId) throw badInput(field, `is not a valid ${typename} id`);
    return {
      provider: ctx.registry.get(global.provider, field),
      nativeId,
      sessionId: global.parts.length > 1 ? (global.parts[0] ?? null) : null,
    };
  }
  const owners = ctx.registry.list().filter((p) => p.capabilities[feature]);
  if (owners.length === 1) return { provider: owners[0]!, nativeId: value, sessionId: null };
  if (owners.length === 0) {
    throw new GatewayError(
      'NOT_FOUND',
      `${field}: no configured provider has ${typename} objects, so "${value.slice(0, 120)}" is nobody's`,
      { field },
    );
  }
  throw new GatewayError(
    'BAD_USER_INPUT',
    `${field}: this native ${typename} id could belong to ${owners.map((p) => p.name).join(' or ')}; pass the global id (the \`id\` field) instead`,
    { field },
  );
}
