import { GatewayError } from '../errors.js';
import { SESSION_OPS_WHAT } from './session-ops-features.js';
import type { Feature, Operation, OptionName, ProviderCapabilities, VideoProvider } from '../providers/types.js';

const WHAT: Record<Feature, string> = {
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
  broadcasts: 'broadcast sessions live (HLS, RTMP)',
  archiveLayouts: 'change the layout of a recording archive',
  archiveStreams: 'add or remove the streams of a recording archive',
  ...SESSION_OPS_WHAT,
};

/** Options whose `false` is what leaving them out means: setting them to false asks for nothing. */
const OFF_BY_DEFAULT: ReadonlySet<string> = new Set<OptionName>([
  'e2ee',
  'allowTranscoding',
  'ignoreFailedStreams',
  'secure',
  'video',
  'observeForceMute',
  'hasTranscription',
]);

/** Options whose values a provider may accept only some of, and where it says which. */
const ACCEPTED_VALUES: Partial<Record<OptionName, (capabilities: ProviderCapabilities) => readonly string[]>> = {
  role: (c) => c.roles,
  format: (c) => c.tokenFormats,
};

/** What a resolver is about to ask of the provider that owns the object an argument named. */
export interface Request<Op extends Operation> {
  /** The argument that chose the provider (`input.sessionId`, `provider`), named when it cannot. */
  field: string;
  /** The feature the call needs, when it needs one. */
  feature?: Feature;
  /** The operation and the options the caller passed to it (ids left out). */
  operation?: Op;
  options?: { [K in OptionName<Op>]?: unknown };
}

/**
 * The one place that refuses, before any upstream call, what the provider owning the object
 * cannot do (UNSUPPORTED_BY_PROVIDER naming the provider and the field): a feature it lacks, an
 * option it does not declare for the operation (`input.<option>`), or an option value it does not
 * accept (a role, a token format). The provider's own hint, when it gives one, says what to do
 * instead.
 */
export function requireSupport<Op extends Operation>(provider: VideoProvider, request: Request<Op>): void {
  const { capabilities, name } = provider;
  /** The provider's own hint after a colon, else the generic advice. */
  const instead = (key: Feature | OptionName, advice: string): string => {
    const hint = capabilities.hints?.[key];
    return hint ? `: ${hint}` : advice;
  };
  const refuse = (field: string, message: string): never => {
    throw new GatewayError('UNSUPPORTED_BY_PROVIDER', `${field}: ${message}`, { field, provider: name });
  };

  if (request.feature && !capabilities[request.feature]) {
    const advice = instead(request.feature, '; use a provider that can (see the providers query)');
    refuse(request.field, `${name} cannot ${WHAT[request.feature]}${advice}`);
  }
  if (!request.operation || !request.options) return;
  const declared: readonly string[] = capabilities.options[request.operation];
  for (const [option, value] of Object.entries(request.options) as [OptionName<Op>, unknown][]) {
    if (!isSet(option, value)) continue;
    const field = `input.${option}`;
    if (!declared.includes(option)) {
      const advice = instead(option, '; leave it out, or use a provider that has it (see the providers query)');
      refuse(field, `${name} does not support this option${advice}`);
    }
    const accepted = ACCEPTED_VALUES[option]?.(capabilities);
    if (accepted && !accepted.includes(String(value))) {
      refuse(field, `${name} does not accept ${String(value)} (it accepts ${accepted.join(', ')})${instead(option, '')}`);
    }
  }
}

/** Whether the caller asked for something with this option (null, [] and a default false do not). */
function isSet(option: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return !(value === false && OFF_BY_DEFAULT.has(option));
}
