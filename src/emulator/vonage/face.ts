/**
 * The Vonage face of the emulator: a Vonage Video application served at the root beside the
 * OpenTok project (docs/providers/vonage.md). It is the OpenTok REST surface (same store, lifecycle
 * and route table, ../opentok/face.ts) with Vonage's credentials: bearer RS256 JWTs checked against
 * the application's public key, paths under `/v2/project/{applicationId}`, RS256 client tokens.
 * Its callbacks go to their own URL, signed with their own secret; its control routes live under
 * `/emulator/vonage`.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FaceContext } from '../face.js';
import { createSurfaceFace, type SurfaceFace } from '../opentok/face.js';
import { isVonageClientToken, verifyVonageClientToken } from './client-tokens.js';
import { authenticateVonageRest, bearerToken, type VonageApplication } from './rest-auth.js';

/** The Vonage options of `createEmulator`. */
export interface VonageOptions {
  /**
   * The application to serve: its id and its RSA private key in PEM (the public key is derived).
   * @default a generated dev application (random UUID, fresh 2048-bit key)
   */
  vonage?: { applicationId: string; privateKey: string };
  /** Where Vonage archive callbacks are POSTed; none when unset. */
  vonageCallbackUrl?: string;
  /** When set, Vonage callbacks carry `Authorization: Bearer <HS256 JWT>` signed with it. */
  vonageCallbackSecret?: string;
  /** Where Vonage session-monitoring and SIP call callbacks are POSTed; none when unset. */
  vonageMonitoringUrl?: string;
}

/** The Vonage settings `Emulator.configure()` may change; a key present as `undefined` unsets it. */
export interface VonagePatch {
  vonageCallbackUrl?: string;
  vonageCallbackSecret?: string;
  vonageMonitoringUrl?: string;
  strict?: boolean;
}

/** The Vonage face, with the application it serves. */
export interface VonageFace extends Omit<SurfaceFace, 'configure'> {
  /** The application id and its private key (PEM), which SDKs and the gateway sign with. */
  readonly application: { applicationId: string; privateKey: string };
  configure(patch: VonagePatch): void;
}

/** A fresh dev application: a random UUID and a new RSA key pair. */
export function generateDevApplication(): { applicationId: string; privateKey: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { applicationId: randomUUID(), privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

/** Builds the Vonage face. */
export function createVonageFace(
  options: VonageOptions & { strict?: boolean; autoStopAfterLastLeaveMs?: number },
  context: FaceContext,
): VonageFace {
  const application = { ...(options.vonage ?? generateDevApplication()) };
  if (!application.applicationId || !application.privateKey) {
    throw new TypeError('vonage.applicationId and vonage.privateKey must be non-empty');
  }
  const app: VonageApplication = {
    applicationId: application.applicationId,
    publicKey: createPublicKey(createPrivateKey(application.privateKey)),
  };
  const projectPath = `/v2/project/${application.applicationId}`;

  const face = createSurfaceFace(
    {
      projectKey: application.applicationId,
      warnsLenient: false,
      controlPath: '/emulator/vonage',
      authenticate: (req, pathKey) => authenticateVonageRest(req.headers, app, pathKey),
      verifyClientToken: (token) => verifyVonageClientToken(token, app, context.timers.now()),
      ownsClientToken: (token) => isVonageClientToken(token, application.applicationId),
      // The root is shared with the OpenTok project: this application's paths, and a session
      // create that carries a bearer JWT (OpenTok's carries X-OPENTOK-AUTH), are ours.
      claims: (req: IncomingMessage, pathname: string) =>
        pathname === projectPath ||
        pathname.startsWith(`${projectPath}/`) ||
        (pathname === '/session/create' && bearerToken(req.headers) !== undefined),
    },
    {
      strict: options.strict,
      autoStopAfterLastLeaveMs: options.autoStopAfterLastLeaveMs,
      callbackUrl: options.vonageCallbackUrl,
      callbackSecret: options.vonageCallbackSecret,
      monitoringUrl: options.vonageMonitoringUrl,
    },
    context,
  );

  return {
    ...face,
    application,
    state: () => ({ vonage: { applicationId: application.applicationId, url: context.baseUrl(), ...face.state() } }),
    configure(patch) {
      face.configure({
        ...('vonageCallbackUrl' in patch ? { callbackUrl: patch.vonageCallbackUrl } : {}),
        ...('vonageCallbackSecret' in patch ? { callbackSecret: patch.vonageCallbackSecret } : {}),
        ...('vonageMonitoringUrl' in patch ? { monitoringUrl: patch.vonageMonitoringUrl } : {}),
        ...(patch.strict === undefined ? {} : { strict: patch.strict }),
      });
    },
  };
}
