/**
 * Webhook delivery as `HttpWebhookSender` does it (protocol notes §7): one POST per event, JSON,
 * ONE queue so events leave strictly in order and one at a time; only exactly HTTP 200 counts as
 * delivered; anything else, or an I/O failure, is logged and dropped, never retried. OpenVidu does
 * not sign webhooks: a deployment adds a shared header through `OPENVIDU_WEBHOOK_HEADERS`, which
 * the emulator mimics with `Authorization: Bearer <token>`.
 */
import { Agent, request } from 'undici';
import type { Logger } from '../../logger.js';
import type { Timers } from '../timers.js';
import type { WebhookEvent } from './events.js';

/** Where and how webhooks go; read at each event so `configure()` takes effect at once. */
export interface WebhookTarget {
  webhookUrl?: string | undefined;
  webhookToken?: string | undefined;
}

/** A rule of `POST /emulator/openvidu/webhooks/drop`: the next `remaining` matching events are lost. */
export interface DropRule {
  remaining: number;
  event: string | undefined;
  status: string | undefined;
}

/** Delivery counters, shown in the emulator state. */
export interface WebhookStats {
  delivered: number;
  failed: number;
  dropped: number;
  pendingDrops: number;
}

/** The real sender's socket and connect timeouts. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/** Posts OpenVidu webhooks through a single ordered queue. */
export class WebhookSender {
  private queue: Promise<void> = Promise.resolve();
  private readonly agent = new Agent({ keepAliveTimeout: 1_000, connections: 1 });
  private readonly aborts = new Set<AbortController>();
  private drops: DropRule[] = [];
  private closed = false;
  private readonly counts = { delivered: 0, failed: 0, dropped: 0 };

  constructor(
    private readonly target: WebhookTarget,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  /** Loses the next `times` events matching `event` (and `status`, for recordingStatusChanged). */
  dropNext(rule: { times: number; event?: string | undefined; status?: string | undefined }): void {
    this.drops.push({ remaining: rule.times, event: rule.event, status: rule.status });
  }

  /** Counters for the state endpoint. */
  snapshot(): WebhookStats {
    return { ...this.counts, pendingDrops: this.drops.reduce((n, r) => n + r.remaining, 0) };
  }

  /** Queues one event behind every earlier one. */
  send(event: WebhookEvent): void {
    const url = this.target.webhookUrl;
    if (this.closed || !url) return;
    const rule = this.drops.find(
      (r) => (r.event === undefined || r.event === event.event) && (r.status === undefined || r.status === event.status),
    );
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.drops = this.drops.filter((r) => r !== rule);
      this.counts.dropped += 1;
      this.logger.info({ event: event.event, status: event.status }, 'emulator: dropped an OpenVidu webhook on request');
      return;
    }
    const body = JSON.stringify(event);
    const token = this.target.webhookToken;
    this.queue = this.queue.then(() => this.deliver(url, token, body, event));
  }

  /** Aborts the delivery in flight, forgets queued ones and closes the HTTP agent. */
  async close(): Promise<void> {
    this.closed = true;
    for (const controller of this.aborts) controller.abort();
    await this.agent.destroy();
  }

  private async deliver(url: string, token: string | undefined, body: string, event: WebhookEvent): Promise<void> {
    if (this.closed) return;
    const controller = new AbortController();
    this.aborts.add(controller);
    const timer = this.timers.after(ATTEMPT_TIMEOUT_MS, () => controller.abort());
    let outcome: string;
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await request(url, { method: 'POST', body, headers, dispatcher: this.agent, signal: controller.signal });
      await response.body.dump();
      outcome = response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode}`;
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    } finally {
      this.timers.cancel(timer);
      this.aborts.delete(controller);
    }
    if (this.closed) return;
    if (outcome === 'ok') {
      this.counts.delivered += 1;
      return;
    }
    this.counts.failed += 1;
    this.logger.error({ event: event.event, outcome }, 'emulator: OpenVidu webhook not delivered (only HTTP 200 counts); dropped');
  }
}
