/**
 * The platform a deployment of the OpenTok REST surface serves, as its messages name it, and the
 * messages of that surface which name the platform. The operations are shared by the OpenTok and
 * the Vonage providers (./adapter.ts, ../vonage/adapter.ts): every one of these messages is built
 * here from the provider the surface serves, so a Vonage caller reads "Vonage" and an OpenTok
 * caller reads "OpenTok" (docs/providers/vonage.md#differences-from-opentok).
 */
import type { ProviderName } from '../types.js';
import { isShowable } from '../rest/safe-message.js';

/** The providers served by the OpenTok REST surface. */
export type SurfaceProviderName = Extract<ProviderName, 'OPENTOK' | 'VONAGE'>;

/** How the messages of one provider of the surface name it. */
export interface SurfacePlatform {
  /** Its provider code (`GatewayError.details.provider`). */
  readonly provider: SurfaceProviderName;
  /** The platform, in messages: `OpenTok`, `Vonage`. */
  readonly displayName: string;
  /** What owns its sessions, in messages. */
  readonly owner: string;
  /** The message of a 401/403: which settings hold its credentials. */
  readonly credentials: string;
  /** The setting holding its REST base URL. */
  readonly urlSetting: string;
}

const PLATFORMS: Readonly<Record<SurfaceProviderName, SurfacePlatform>> = {
  OPENTOK: Object.freeze({
    provider: 'OPENTOK',
    displayName: 'OpenTok',
    owner: 'the configured OpenTok API key',
    credentials: "OpenTok refused the gateway's credentials; check OPENTOK_API_KEY and OPENTOK_API_SECRET",
    urlSetting: 'OPENTOK_API_URL',
  }),
  VONAGE: Object.freeze({
    provider: 'VONAGE',
    displayName: 'Vonage',
    owner: 'the configured Vonage application',
    credentials: "Vonage refused the gateway's credentials; check VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY",
    urlSetting: 'VONAGE_VIDEO_HOST',
  }),
};

/** The platform `provider` names; throws for a provider that is not served by the OpenTok REST surface. */
export function surfacePlatform(provider: ProviderName): SurfacePlatform {
  if (provider === 'OPENTOK' || provider === 'VONAGE') return PLATFORMS[provider];
  // A wiring mistake, never a caller's: OpenVidu has an adapter of its own.
  throw new Error(`${provider} is not served by the OpenTok REST surface`);
}

/** Who answered, as the REST kit's error table names it (`ProviderErrors`): the fields every table of the surface shares. */
export function answeredBy({
  provider,
  displayName,
  credentials,
}: SurfacePlatform): Pick<SurfacePlatform, 'provider' | 'displayName' | 'credentials'> {
  return { provider, displayName, credentials };
}

/** An upstream message is shown only when short and free of client tokens and JWTs. */
const SHOWABLE = { maxLength: 160, secretLike: /T1==|eyJ[A-Za-z0-9_-]{8,}/ };

/** A 404 of a call naming a session: the platform does not know it. */
export function sessionNotFound({ displayName }: SurfacePlatform): string {
  return `session not found: ${displayName} does not know this session`;
}

/** A 404 of `/session/create`: the base URL points elsewhere. */
export function sessionEndpointNotFound({ displayName, urlSetting }: SurfacePlatform): string {
  return `${displayName} did not find the session endpoint; check ${urlSetting}`;
}

/** An id that cannot be one of the platform's (`kind`: archive, broadcast, render), refused before any call. */
export function idNotUuid({ displayName }: SurfacePlatform, kind: string): string {
  return `${kind} not found: ${displayName} ${kind} ids are UUIDs`;
}

/**
 * A 400: the platform's own message when it is showable, else a generic one.
 * @param what what was refused, e.g. `the request`, `the session options`
 */
export function refusal({ displayName }: SurfacePlatform, what: string, upstream: string | null): string {
  return isShowable(upstream, SHOWABLE)
    ? `${displayName} refused ${what}: ${upstream}`
    : `${displayName} refused ${what} as invalid; check the input`;
}

/** A 409 no operation gives a meaning of its own. */
export function stateConflict({ displayName }: SurfacePlatform): string {
  return `${displayName} reported a conflict with the current state`;
}

/** A 413 other than a signal's. */
export function tooLarge({ displayName }: SurfacePlatform): string {
  return `the request is too large for ${displayName}`;
}

/** A session id that does not decode to the surface's layout. */
export function notSessionId({ displayName }: SurfacePlatform): string {
  return `this is not a session id of ${displayName}`;
}

/** A session id of another project or application. */
export function foreignSession({ owner }: SurfacePlatform): string {
  return `this session does not belong to ${owner}`;
}

/** The features the surface lacks, each with what to do instead (`ProviderCapabilities.hints`). */
export type SurfaceHints = Readonly<Record<'connections' | 'forceUnpublish' | 'listSessions' | 'closeSession' | 'ipCameras', string>>;

/** What the surface cannot do, and what to do instead, naming the platform. */
export function surfaceHints({ displayName }: SurfacePlatform): SurfaceHints {
  return {
    connections: `${displayName} has no REST call for it; use session monitoring callbacks`,
    forceUnpublish: 'use forceDisconnect on its connection instead',
    listSessions: `${displayName} keeps no list of sessions; store the ids you create`,
    closeSession: `${displayName} sessions never close; disconnect its clients instead`,
    ipCameras: `${displayName} has no IP camera connections; publish the camera from a client, or use OpenVidu`,
  };
}
