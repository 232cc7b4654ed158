/**
 * The parts of the OpenVidu face that its route modules share. One object, built by
 * `createOpenViduFace`, passed to each of them.
 */
import type { Timers } from '../clock.js';
import type { Platform } from './platform.js';
import type { LifecycleSettings } from './platform.js';
import type { FinalizeMode, Recorder } from './recorder.js';
import type { WebhookSender } from '../webhook-sender.js';
import type { WebhookTarget } from './webhooks.js';

/** The OpenVidu settings; `webhookUrl` and `webhookToken` may change at run time. */
export interface OpenViduSettings extends LifecycleSettings, WebhookTarget {
  recordingFinalize: FinalizeMode;
}

/** Everything an OpenVidu route handler may use. */
export interface OpenViduRuntime {
  readonly secret: string;
  readonly settings: OpenViduSettings;
  readonly platform: Platform;
  readonly recorder: Recorder;
  /** Posts the webhooks (drop rules and counters live there). */
  readonly webhooks: WebhookSender;
  /** The emulator's clock and timers. */
  readonly timers: Timers;
  /** The emulator's own URL (set once it listens). */
  baseUrl(): string;
}
