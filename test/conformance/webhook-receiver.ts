/**
 * A webhook endpoint on 127.0.0.1 for the emulator to post to: each request is handed, raw, to
 * the provider's `handleWebhook`, and the request and its outcome are kept for the cases to read.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isGatewayError } from '../../src/errors.js';
import type { WebhookRequest, WebhookResult } from '../../src/providers/types.js';

/** One request the emulator posted, and what `handleWebhook` made of it. */
export interface Delivery {
  request: WebhookRequest;
  outcome: { ok: true; result: WebhookResult } | { ok: false; error: unknown };
}

/** A running receiver. */
export interface WebhookReceiver {
  /** Where the emulator should post, e.g. `http://127.0.0.1:41234/webhooks`. */
  readonly url: string;
  /** Every request so far, in arrival order. */
  readonly deliveries: readonly Delivery[];
  close(): Promise<void>;
}

/**
 * Starts a receiver that passes every request to `handle`. It answers 200 when `handle` resolves
 * and 401 when it refuses (400 for any other failure), as the gateway's webhook routes do.
 */
export async function startWebhookReceiver(handle: (request: WebhookRequest) => Promise<WebhookResult>): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
      );
      const request: WebhookRequest = { headers, rawBody: Buffer.concat(chunks) };
      handle(request).then(
        (result) => {
          deliveries.push({ request, outcome: { ok: true, result } });
          res.writeHead(200).end();
        },
        (error: unknown) => {
          deliveries.push({ request, outcome: { ok: false, error } });
          res.writeHead(isGatewayError(error) && error.code === 'UNAUTHENTICATED' ? 401 : 400).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    deliveries,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
