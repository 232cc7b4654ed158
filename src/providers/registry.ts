import { GatewayError } from '../errors.js';
import type { IdClaim, ProviderName, VideoProvider } from './types.js';

/**
 * The configured providers, and the routing of provider-native ids to the provider whose format
 * claims them (each adapter's `ownsSessionId` / `ownsArchiveId`); where several configured
 * providers could own an id, the error asks for the global id (docs/architecture.md#ids).
 */
export interface ProviderRegistry {
  /** Every configured provider, in configuration order. */
  list(): VideoProvider[];
  /** The named provider. @throws GatewayError BAD_USER_INPUT when it is not configured */
  get(name: ProviderName, field?: string): VideoProvider;
  /** Whether the named provider is configured. */
  has(name: ProviderName): boolean;
  /** The provider used when a caller names none. */
  readonly defaultProvider: VideoProvider;
  /** The provider owning a native session id. @throws GatewayError naming `field` */
  forSessionId(sessionId: string, field: string): VideoProvider;
  /** The provider owning a native archive id. @throws GatewayError naming `field` */
  forArchiveId(archiveId: string, field: string): VideoProvider;
  /** The provider that owns a native broadcast id (routed like archive ids). */
  forBroadcastId(broadcastId: string, field: string): VideoProvider;
  /** Closes every provider. */
  close(): Promise<void>;
}

/** Creates the registry; the first provider is the default unless `defaultName` says otherwise. */
export function createProviderRegistry(providers: VideoProvider[], defaultName?: ProviderName): ProviderRegistry {
  if (providers.length === 0) throw new Error('at least one provider must be configured');
  const byName = new Map(providers.map((p) => [p.name, p] as const));
  const defaultProvider = (defaultName && byName.get(defaultName)) || providers[0]!;

  /** One certain owner wins; else one possible owner; else the caller must be explicit. */
  const route = (id: string, field: string, kind: string, claim: (p: VideoProvider) => IdClaim) => {
    const claims = providers.map((p) => [p, claim(p)] as const);
    const certain = claims.filter(([, c]) => c === 'certain').map(([p]) => p);
    const possible = claims.filter(([, c]) => c === 'possible').map(([p]) => p);
    const owners = certain.length > 0 ? certain : possible;
    if (owners.length === 1) return owners[0]!;
    if (owners.length === 0) {
      throw new GatewayError(
        'NOT_FOUND',
        `${field}: "${id.slice(0, 120)}" is not a ${kind} id of any configured provider (${[...byName.keys()].join(', ')}); pass the global id returned by this API or a native id of a configured provider`,
        { field },
      );
    }
    throw new GatewayError(
      'BAD_USER_INPUT',
      `${field}: this native ${kind} id could belong to ${owners.map((p) => p.name).join(' or ')}; pass the global id (the \`id\` field) instead`,
      { field },
    );
  };

  return {
    list: () => [...providers],
    has: (name) => byName.has(name),
    get(name, field = 'provider') {
      const provider = byName.get(name);
      if (!provider) {
        throw new GatewayError(
          'BAD_USER_INPUT',
          `${field}: provider ${name} is not configured on this gateway (configured: ${[...byName.keys()].join(', ')})`,
          { field },
        );
      }
      return provider;
    },
    defaultProvider,
    forSessionId: (id, field) => route(id, field, 'session', (p) => p.ownsSessionId(id)),
    forArchiveId: (id, field) => route(id, field, 'archive', (p) => p.ownsArchiveId(id)),
    forBroadcastId: (id, field) => route(id, field, 'broadcast', (p) => p.ownsBroadcastId(id)),
    async close() {
      await Promise.allSettled(providers.map((p) => p.close()));
    },
  };
}
