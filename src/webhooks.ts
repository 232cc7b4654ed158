import type { IncomingMessage, ServerResponse } from 'node:http';
import { isGatewayError } from './errors.js';
import { RecentKeys } from './events/dedupe.js';
import type { EventBus } from './events/bus.js';
import type { Logger } from './logger.js';
import type { ProviderRegistry } from './providers/registry.js';
import type { ProviderName } from './providers/types.js';

/** Largest webhook body accepted (provider callbacks are a few kB). */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

const ROUTES: Record<string, ProviderName> = {
  '/webhooks/opentok': 'OPENTOK',
  '/webhooks/vonage': 'VONAGE',
  '/webhooks/openvidu': 'OPENVIDU',
};

/** True when the request is for one of the webhook routes. */
export function isWebhookPath(pathname: string): boolean {
  return pathname in ROUTES;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export interface WebhookHandlerOptions {
  registry: ProviderRegistry;
  bus: EventBus;
  logger: Logger;
}

/**
 * Handles `POST /webhooks/{opentok,vonage,openvidu}`: the provider's adapter verifies and parses
 * the request; duplicates are dropped; archive changes are published on the bus; the answer is
 * 200 only once that is done (a provider that gets no 200 delivers again).
 */
export function createWebhookHandler(options: WebhookHandlerOptions) {
  const { registry, bus, logger } = options;
  const recent = new RecentKeys();

  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const name = ROUTES[pathname]!;
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return reply(res, 405, { error: 'use POST' });
    }
    if (!registry.has(name)) return reply(res, 404, { error: `provider ${name} is not configured on this gateway` });

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, MAX_WEBHOOK_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return reply(res, 413, { error: `body larger than ${MAX_WEBHOOK_BYTES} bytes` });
      return reply(res, 400, { error: 'could not read the body' });
    }

    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;

    try {
      const result = await registry.get(name).handleWebhook({ headers, rawBody });
      const key = result.dedupeKey ? `${name}:${result.dedupeKey}` : null;
      if (key && !recent.add(key)) {
        logger.debug({ provider: name, event: result.eventType }, 'duplicate webhook dropped');
        return reply(res, 200, { ok: true, duplicate: true });
      }
      try {
        for (const change of result.archiveChanges) bus.publish(change);
      } catch (error) {
        if (key) recent.delete(key);
        throw error;
      }
      logger.info(
        {
          provider: name,
          event: result.eventType,
          archives: result.archiveChanges.map((c) => `${c.archive.archiveId}:${c.archive.status}`),
        },
        'webhook received',
      );
      return reply(res, 200, { ok: true });
    } catch (error) {
      if (isGatewayError(error)) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'BAD_USER_INPUT' ? 400 : 500;
        logger.warn({ provider: name, code: error.code }, `webhook rejected: ${error.message}`);
        return reply(res, status, { error: error.message });
      }
      logger.error({ err: error, provider: name }, 'webhook handling failed');
      return reply(res, 500, { error: 'internal error' });
    }
  };
}
