/**
 * Archive status callbacks (protocol notes §5): one POST per status change, JSON = the archive
 * JSON + `event: "archive"` + numeric `partnerId`. Optionally signed with
 * `Authorization: Bearer <HS256 JWT>` carrying `{iat, jti, iss: "Vonage", payload_hash, api_key,
 * application_id}`.
 *
 * Delivery is ordered per archive (one promise chain each), retried a few times with a short
 * backoff, never throws, and stops dead on {@link CallbackSender.close}.
 */
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { Agent, request } from 'undici';
import { numericKey } from './archiving.js';
import type { Logger } from '../../logger.js';
import type { Timers } from '../timers.js';

/** Where and how callbacks go; read at each status change so `configure()` takes effect. */
export interface CallbackTarget {
  callbackUrl?: string | undefined;
  callbackSecret?: string | undefined;
}

/** Construction options of {@link CallbackSender}. */
export interface CallbackSenderOptions {
  apiKey: string;
  target: CallbackTarget;
  timers: Timers;
  logger: Logger;
  /** Waits between attempts; the number of attempts is this length + 1. Default 200 ms, 1 s. */
  retryDelaysMs?: readonly number[];
  /** Per-attempt timeout. Default 5 s. */
  attemptTimeoutMs?: number;
}

/** Delivery counters, shown in the emulator state. */
export interface CallbackStats {
  delivered: number;
  failed: number;
  dropped: number;
  pendingDrops: number;
}

/** Posts archive callbacks. */
export class CallbackSender {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly agent = new Agent({ keepAliveTimeout: 1_000, connections: 16 });
  private readonly aborts = new Set<AbortController>();
  private readonly retryDelaysMs: readonly number[];
  private readonly attemptTimeoutMs: number;
  private closed = false;
  private readonly stats: CallbackStats = { delivered: 0, failed: 0, dropped: 0, pendingDrops: 0 };

  constructor(private readonly options: CallbackSenderOptions) {
    this.retryDelaysMs = options.retryDelaysMs ?? [200, 1_000];
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 5_000;
  }

  /** Drops the next `times` callbacks that would be sent (lost-webhook tests). */
  dropNext(times: number): void {
    this.stats.pendingDrops += times;
  }

  /** Counters for the state endpoint. */
  snapshot(): CallbackStats {
    return { ...this.stats };
  }

  /** Queues the callback for one archive status change. */
  archiveChanged(archive: Record<string, unknown>): void {
    const url = this.options.target.callbackUrl;
    if (this.closed || !url) return;
    const id = String(archive.id);
    if (this.stats.pendingDrops > 0) {
      this.stats.pendingDrops -= 1;
      this.stats.dropped += 1;
      this.options.logger.info({ archiveId: id, status: archive.status }, 'emulator: dropped an archive callback on request');
      return;
    }
    const createdAt = typeof archive.createdAt === 'number' ? Math.round(archive.createdAt / 1000) * 1000 : archive.createdAt;
    // Callbacks report createdAt rounded to the second, unlike REST (notes §5).
    const body = JSON.stringify({ ...archive, createdAt, event: 'archive', partnerId: numericKey(this.options.apiKey) });
    const secret = this.options.target.callbackSecret;
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(url, secret, body, id));
    this.queues.set(id, next);
    void next.then(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    });
  }

  /** Aborts in-flight deliveries, forgets queued ones and closes the HTTP agent. */
  async close(): Promise<void> {
    this.closed = true;
    for (const controller of this.aborts) controller.abort();
    this.queues.clear();
    await this.agent.destroy();
  }

  private async deliver(url: string, secret: string | undefined, body: string, archiveId: string): Promise<void> {
    const attempts = this.retryDelaysMs.length + 1;
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt += 1) {
      const outcome = await this.attempt(url, secret, body);
      if (outcome === 'ok') {
        this.stats.delivered += 1;
        return;
      }
      if (this.closed) return;
      const delay = this.retryDelaysMs[attempt - 1];
      this.options.logger.warn(
        { archiveId, attempt, attempts, outcome },
        delay === undefined ? 'emulator: archive callback failed, giving up' : 'emulator: archive callback failed, retrying',
      );
      if (delay === undefined) break;
      await this.options.timers.sleep(delay);
    }
    if (!this.closed) this.stats.failed += 1;
  }

  private async attempt(url: string, secret: string | undefined, body: string): Promise<string> {
    const controller = new AbortController();
    this.aborts.add(controller);
    const timer = this.options.timers.after(this.attemptTimeoutMs, () => controller.abort());
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret) headers.authorization = `Bearer ${await this.sign(secret, body)}`;
      const response = await request(url, {
        method: 'POST',
        body,
        headers,
        dispatcher: this.agent,
        signal: controller.signal,
      });
      await response.body.dump();
      return response.statusCode >= 200 && response.statusCode < 300 ? 'ok' : `HTTP ${response.statusCode}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      this.options.timers.cancel(timer);
      this.aborts.delete(controller);
    }
  }

  /** The signed-callback JWT, with exactly the claim set of notes §5. */
  private sign(secret: string, body: string): Promise<string> {
    return new SignJWT({
      payload_hash: createHash('sha256').update(body, 'utf8').digest('hex'),
      api_key: this.options.apiKey,
      application_id: this.options.apiKey,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setJti(randomUUID())
      .setIssuer('Vonage')
      .sign(new TextEncoder().encode(secret));
  }
}
