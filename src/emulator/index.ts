/**
 * The built-in emulator of the video platform REST APIs: an in-memory video platform with the
 * OpenTok REST face at its root (an OpenTok project, and a Vonage Video application under its own
 * `/v2/project/{applicationId}`), the OpenVidu 2 REST face under `/openvidu/api`, a control API
 * under `/emulator`, OpenTok and Vonage archive callbacks and OpenVidu webhooks, all on one HTTP
 * server. Each face is a folder (`opentok/`, `vonage/`, `openvidu/`) implementing the interface of
 * `face.ts`.
 *
 * It is written from the providers' wire facts (docs/providers/opentok.md, docs/providers/openvidu.md)
 * and shares no code with the gateway's adapters, so one misreading of a protocol cannot pass both;
 * the official `opentok` and `openvidu-node-client` SDKs are the conformance check (`test/contract`).
 *
 * @example
 * const emulator = await createEmulator({ archiveReadyDelayMs: 50 });
 * const ot = new OpenTok(emulator.opentok.apiKey, emulator.opentok.apiSecret, { apiUrl: emulator.url });
 * const vonage = new Video(new Auth(emulator.vonage), { videoHost: emulator.url });
 * const ov = new OpenVidu(emulator.url, emulator.openvidu.secret);
 * // ...
 * await emulator.close();
 */
import { type Logger, silentLogger } from '../logger.js';
import { checkDelay } from './checks.js';
import { controlMount, emulatorState } from './control.js';
import type { Face, FaceContext } from './face.js';
import { FaultInjector } from './faults.js';
import { createOpenTokFace } from './opentok/face.js';
import type { OpenTokOptions, OpenTokPatch } from './opentok/face.js';
import { createOpenViduFace } from './openvidu/face.js';
import type { OpenViduOptions, OpenViduPatch } from './openvidu/face.js';
import { createVonageFace } from './vonage/face.js';
import type { VonageOptions, VonagePatch } from './vonage/face.js';
import { listen } from './server.js';
import { realClock, Timers } from './clock.js';
import type { Clock } from './clock.js';

export { ManualClock, realClock } from './clock.js';
export type { Clock } from './clock.js';
export { generateDevProject } from './opentok/face.js';
export { generateDevApplication } from './vonage/face.js';

/** Options of {@link createEmulator}. Every field is optional. */
export interface EmulatorOptions extends OpenTokOptions, VonageOptions, OpenViduOptions {
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port to bind; 0 picks a free one. @default 0 */
  port?: number;
  /** Delay between `stopped` and `available` (OpenTok), or `stopped` and `ready` (OpenVidu, async finalize). @default 2000 */
  archiveReadyDelayMs?: number;
  /** Where the emulator logs; silent by default. pino loggers fit. */
  logger?: Logger;
  /**
   * Where the emulator's time comes from: its timestamps and every timer it arms (ready delays,
   * autostop, webhook retries and timeouts, fault delays). Tests pass a `ManualClock` and advance
   * it instead of sleeping.
   * @default the real clock
   */
  clock?: Clock;
}

/** What {@link Emulator.configure} may change; a key present with the value `undefined` unsets it. */
export interface EmulatorPatch extends OpenTokPatch, VonagePatch, OpenViduPatch {
  archiveReadyDelayMs?: number;
}

/** A running emulator. */
export interface Emulator {
  /**
   * Base URL, e.g. `http://127.0.0.1:43123`; the OpenTok REST API is at its root, the OpenVidu
   * one under `/openvidu/api` (the official OpenVidu node client keeps only the origin: give it
   * this URL).
   */
  readonly url: string;
  /** The project served (the secret is what SDKs and the gateway sign with). */
  readonly opentok: { apiKey: string; apiSecret: string };
  /** The Vonage application served: its id and RSA private key (PEM), what SDKs and the gateway sign with. */
  readonly vonage: { applicationId: string; privateKey: string };
  /** The OpenVidu deployment served: Basic auth `OPENVIDUAPP:<secret>`. */
  readonly openvidu: { secret: string };
  /**
   * Changes settings while running: embedded mode learns the gateway URL only after both listen.
   * A key present with the value `undefined` unsets it (callbackUrl, callbackSecret,
   * vonageCallbackUrl, vonageCallbackSecret, openviduWebhookUrl, openviduWebhookToken).
   */
  configure(patch: EmulatorPatch): void;
  /** Everything the emulator holds; the same JSON as `GET /emulator/state`. */
  state(): unknown;
  /** Closes the server, its sockets, pending callbacks and every timer. Idempotent. */
  close(): Promise<void>;
}

/** Starts an emulator and resolves once it listens. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const logger: Logger = options.logger ?? silentLogger;
  const timers = new Timers(options.clock ?? realClock);
  let readyDelayMs = checkDelay('archiveReadyDelayMs', options.archiveReadyDelayMs ?? 2_000);
  let baseUrl = '';
  const context: FaceContext = { timers, logger, baseUrl: () => baseUrl, readyDelayMs: () => readyDelayMs };

  const opentok = createOpenTokFace(options, context);
  const vonage = createVonageFace(options, context);
  const openvidu = createOpenViduFace(options, context);
  // The faces served: a new one is a folder implementing Face and one entry here. Vonage comes
  // before OpenTok: the control API gives a JWT to the first face that owns it, and the OpenTok
  // face takes every JWT that is not the Vonage application's.
  const faces: readonly Face[] = [vonage, opentok, openvidu];

  const faults = new FaultInjector();
  const server = await listen(
    [...faces, controlMount(faces, faults)],
    { faults, timers, logger },
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  baseUrl = server.url;

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    opentok: { apiKey: opentok.project.apiKey, apiSecret: opentok.project.apiSecret },
    vonage: { ...vonage.application },
    openvidu: { secret: openvidu.secret },
    configure(patch) {
      for (const face of faces) face.configure(patch);
      if (patch.archiveReadyDelayMs !== undefined) readyDelayMs = checkDelay('archiveReadyDelayMs', patch.archiveReadyDelayMs);
    },
    state: () => emulatorState(faces, faults),
    close() {
      closing ??= (async () => {
        timers.close();
        await Promise.all([...faces.map((face) => face.close()), server.close()]);
      })();
      return closing;
    },
  };
}
