/**
 * Webhooks as OpenVidu's `HttpWebhookSender` sends them (docs/providers/openvidu.md#delivery): one
 * POST per event, JSON, ONE queue so events leave strictly in order and one at a time; only exactly
 * HTTP 200 counts as delivered; anything else, or an I/O failure, is logged and dropped, never
 * retried. OpenVidu does not sign webhooks: a deployment adds a shared header through
 * `OPENVIDU_WEBHOOK_HEADERS`, which the emulator mimics with `Authorization: Bearer <token>`.
 */
import type { DeliveryPolicy, WebhookSender } from '../webhook-sender.js';
import type { WebhookEvent } from './events.js';

/** Where and how webhooks go; read at each event so `configure()` takes effect at once. */
export interface WebhookTarget {
  webhookUrl?: string | undefined;
  webhookToken?: string | undefined;
}

/** How OpenVidu webhooks are delivered: one ordered queue, exactly 200 counts, no retry. */
export const WEBHOOK_POLICY: DeliveryPolicy = {
  label: 'OpenVidu webhook',
  retryDelaysMs: [],
  // The real sender's socket and connect timeouts.
  attemptTimeoutMs: 10_000,
  delivered: (status) => status === 200,
};

/** Where the platform and the recorder report their events. */
export interface WebhookSink {
  send(event: WebhookEvent): void;
}

/** Sends each event to the target configured at the time it happens. */
export function webhookSink(sender: WebhookSender, target: WebhookTarget): WebhookSink {
  return {
    send(event) {
      const url = target.webhookUrl;
      if (!url) return;
      const token = target.webhookToken;
      sender.send({
        url,
        body: JSON.stringify(event),
        tags: { event: event.event, status: typeof event.status === 'string' ? event.status : undefined },
        ...(token ? { headers: () => ({ authorization: `Bearer ${token}` }) } : {}),
      });
    },
  };
}
