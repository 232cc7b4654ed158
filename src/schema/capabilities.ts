import { GatewayError } from '../errors.js';
import type { ProviderCapabilities, VideoProvider } from '../providers/types.js';

const WHAT: Record<Exclude<keyof ProviderCapabilities, 'tokenFormats'>, string> = {
  archives: 'record archives',
  sip: 'dial SIP',
  signals: 'send signals',
  forceDisconnect: 'force a client to disconnect',
  connections: 'list the connections of a session',
  forceUnpublish: 'force a stream to stop',
  closeSession: 'close a session',
  listSessions: 'list its sessions',
  customSessionIds: 'create sessions with an id of your choosing',
  webhooks: 'send webhooks',
};

/**
 * Refuses, before any upstream call, what the provider owning the object cannot do
 * (UNSUPPORTED_BY_PROVIDER, naming the provider and the field).
 */
export function requireCapability(
  provider: VideoProvider,
  capability: Exclude<keyof ProviderCapabilities, 'tokenFormats'>,
  field: string,
): void {
  if (provider.capabilities[capability]) return;
  throw new GatewayError(
    'UNSUPPORTED_BY_PROVIDER',
    `${field}: ${provider.name} cannot ${WHAT[capability]}; use a session of a provider that can (see the providers query)`,
    { field, provider: provider.name },
  );
}
