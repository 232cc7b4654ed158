/**
 * Broadcast status callbacks (docs/providers/opentok.md#broadcast-status-callbacks): one POST per
 * status change, JSON = the broadcast JSON (which carries `event: "broadcast"`), signed like archive
 * callbacks when a secret is set. Delivery is ordered per broadcast and retried like archive callbacks.
 */
import type { DeliveryPolicy, Webhook } from '../webhook-sender.js';
import { CALLBACK_POLICY, type CallbackTarget, sign } from './callbacks.js';

/** How broadcast callbacks are delivered: per broadcast in order, otherwise as archive callbacks. */
export const BROADCAST_CALLBACK_POLICY: DeliveryPolicy = {
  ...CALLBACK_POLICY,
  label: 'broadcast callback',
  orderedBy: 'broadcastId',
};

/** The callback for one broadcast status change, or `undefined` when no callback URL is set. */
export function broadcastCallback(broadcast: Record<string, unknown>, apiKey: string, target: CallbackTarget): Webhook | undefined {
  const url = target.callbackUrl;
  if (!url) return undefined;
  const body = JSON.stringify(broadcast);
  const secret = target.callbackSecret;
  return {
    url,
    body,
    tags: { broadcastId: String(broadcast.id), status: String(broadcast.status), event: 'broadcast' },
    ...(secret ? { headers: async () => ({ authorization: `Bearer ${await sign(secret, apiKey, body)}` }) } : {}),
  };
}
