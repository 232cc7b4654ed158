/**
 * The emulator's one webhook sender: POSTs JSON bodies to the URLs the faces name, in order per
 * queue, with the faces' own delivery policies (retries or not, what counts as delivered, how long
 * an attempt may take), lost on request for lost-webhook tests, and stopped dead on close. It never
 * throws: a failure is counted and logged. Each face builds the bodies and headers (signatures,
 * bearer tokens) itself, next to its policy: `opentok/callbacks.ts`, `openvidu/webhooks.ts`.
 */
import { Agent, request } from 'undici';
import type { Logger } from '../logger.js';
import type { Timers } from './clock.js';

/** How one face delivers its webhooks. */
export interface DeliveryPolicy {
  /** What the logs call one delivery, e.g. `archive callback`. */
  readonly label: string;
  /**
   * The tag whose value orders deliveries: those sharing it leave one at a time, in order, and
   * others run beside them. Unset: one queue for all, strictly in order.
   */
  readonly orderedBy?: string;
  /** Waits between attempts; the number of attempts is this length + 1 (`[]`: never retried). */
  readonly retryDelaysMs: readonly number[];
  /** How long one attempt may take before it is aborted. */
  readonly attemptTimeoutMs: number;
  /** Whether the HTTP status of an answer counts as delivered. */
  delivered(status: number): boolean;
}

/** One webhook to post. */
export interface Webhook {
  readonly url: string;
  /** The exact JSON text sent (signatures cover these bytes). */
  readonly body: string;
  /** What the policy orders by, drop rules match and logs show, e.g. `{ event, status }`. */
  readonly tags: Readonly<Record<string, string | undefined>>;
  /** Headers beside `content-type`, built at each attempt (a signature has a fresh `iat`/`jti`). */
  headers?(): Record<string, string> | Promise<Record<string, string>>;
}

/** A request to lose the next `times` webhooks whose tags match every value set in `match`. */
export interface DropRequest {
  times: number;
  match?: Readonly<Record<string, string | undefined>>;
}

/** Delivery counters, shown in the emulator state. */
export interface DeliveryStats {
  delivered: number;
  failed: number;
  dropped: number;
  pendingDrops: number;
}

interface DropRule {
  remaining: number;
  match: Readonly<Record<string, string | undefined>>;
}

/** Posts the webhooks of one face. */
export class WebhookSender {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly agent = new Agent({ keepAliveTimeout: 1_000, connections: 16 });
  private readonly aborts = new Set<AbortController>();
  private drops: DropRule[] = [];
  private closed = false;
  private readonly counts = { delivered: 0, failed: 0, dropped: 0 };

  constructor(
    private readonly policy: DeliveryPolicy,
    private readonly deps: { timers: Timers; logger: Logger },
  ) {}

  /** Loses the next matching webhooks instead of sending them. */
  dropNext(request: DropRequest): void {
    this.drops.push({ remaining: request.times, match: request.match ?? {} });
  }

  /** Counters for the state endpoint. */
  snapshot(): DeliveryStats {
    return { ...this.counts, pendingDrops: this.drops.reduce((n, r) => n + r.remaining, 0) };
  }

  /** Queues a webhook behind the earlier ones of its queue (or drops it, when a rule says so). */
  send(webhook: Webhook): void {
    if (this.closed) return;
    const rule = this.drops.find((r) =>
      Object.entries(r.match).every(([key, value]) => value === undefined || webhook.tags[key] === value),
    );
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.drops = this.drops.filter((r) => r !== rule);
      this.counts.dropped += 1;
      this.deps.logger.info({ ...webhook.tags }, `emulator: dropped an ${this.policy.label} on request`);
      return;
    }
    const key = this.policy.orderedBy === undefined ? '' : (webhook.tags[this.policy.orderedBy] ?? '');
    const next = (this.queues.get(key) ?? Promise.resolve()).then(() => this.deliver(webhook));
    this.queues.set(key, next);
    void next.then(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
  }

  /** Aborts deliveries in flight, forgets queued ones and closes the HTTP agent. */
  async close(): Promise<void> {
    this.closed = true;
    for (const controller of this.aborts) controller.abort();
    this.queues.clear();
    await this.agent.destroy();
  }

  private async deliver(webhook: Webhook): Promise<void> {
    const attempts = this.policy.retryDelaysMs.length + 1;
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt += 1) {
      const outcome = await this.attempt(webhook);
      if (this.closed) return;
      if (outcome === 'ok') {
        this.counts.delivered += 1;
        return;
      }
      const delay = this.policy.retryDelaysMs[attempt - 1];
      this.deps.logger.warn(
        { ...webhook.tags, attempt, attempts, outcome },
        delay === undefined ? `emulator: ${this.policy.label} not delivered, giving up` : `emulator: ${this.policy.label} failed, retrying`,
      );
      if (delay === undefined) break;
      await this.deps.timers.sleep(delay);
    }
    if (!this.closed) this.counts.failed += 1;
  }

  private async attempt(webhook: Webhook): Promise<string> {
    const controller = new AbortController();
    this.aborts.add(controller);
    const timer = this.deps.timers.after(this.policy.attemptTimeoutMs, () => controller.abort());
    try {
      const headers = { 'content-type': 'application/json', ...(await webhook.headers?.()) };
      const response = await request(webhook.url, {
        method: 'POST',
        body: webhook.body,
        headers,
        dispatcher: this.agent,
        signal: controller.signal,
      });
      await response.body.dump();
      return this.policy.delivered(response.statusCode) ? 'ok' : `HTTP ${response.statusCode}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      this.deps.timers.cancel(timer);
      this.aborts.delete(controller);
    }
  }
}
