import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { isGatewayError } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { memoryDedupe, type WebhookDedupe } from '../events/dedupe.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics, WebhookOutcome } from '../observability/metrics.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ArchiveStatusChange, ProviderName, VideoProvider, WebhookResult } from '../providers/types.js';
import { type ArchiveRereads, createArchiveRereads } from './archive-rereads.js';
import { BodyTooLarge, readBody, replyTooLarge } from './body-limit.js';
import { broadcastChangesToPublish, createBroadcastRereads } from './broadcast-webhooks.js';
import { publishBroadcastChange } from '../events/broadcast-stream.js';
import { publishSessionEvent } from '../events/session-event-stream.js';
import { publishSipCallEvent } from '../events/sip-call-stream.js';
import { createSessionRereads, sessionEventsToPublish, sipCallEventsToPublish } from './session-event-webhooks.js';

/** Largest webhook body accepted (provider callbacks are a few kB). */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

/** `/webhooks/<provider in lower case>`; anything else under /webhooks is left to yoga's 404. */
const WEBHOOK_PATH = /^\/webhooks\/([a-z0-9-]{1,32})$/;

/** The route a provider's webhooks are posted to, e.g. `/webhooks/opentok`. */
export function webhookPath(provider: ProviderName): string {
  return `/webhooks/${provider.toLowerCase()}`;
}

/** The variable whose secret verifies each provider's webhooks; a provider without one only sends hints. */
const WEBHOOK_SECRETS: Partial<Record<ProviderName, { variable: string; value: (config: Config) => string | null }>> = {
  OPENTOK: { variable: 'OPENTOK_WEBHOOK_SECRET', value: (config) => config.opentokWebhookSecret },
  VONAGE: { variable: 'VONAGE_WEBHOOK_SECRET', value: (config) => config.vonageWebhookSecret },
  OPENVIDU: { variable: 'OPENVIDU_WEBHOOK_TOKEN', value: (config) => config.openviduWebhookToken },
};

/**
 * The start-log line saying which providers' webhooks are verified and which are hints, re-read
 * from the provider before anything is published (docs/operations.md, Webhooks).
 */
export function webhookTrustLine(config: Config, providers: readonly ProviderName[]): string {
  const verified: string[] = [];
  const hints: string[] = [];
  for (const name of providers) {
    const secret = WEBHOOK_SECRETS[name];
    if (secret?.value(config)) verified.push(`${name} (${secret.variable})`);
    else hints.push(secret ? `${name} (set ${secret.variable} to verify)` : name);
  }
  return [
    verified.length > 0 ? `webhooks verified and published as they come: ${verified.join(', ')}` : '',
    hints.length > 0 ? `webhooks taken as hints, re-read from the provider before publishing: ${hints.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * What a webhook's archive changes become on the bus. A verified webhook is published as it came;
 * an unverified one is a hint: each archive it names is re-read from the provider, and what the
 * provider says is published instead (nothing when the provider does not know the archive, or
 * when too many re-reads are in flight).
 */
async function changesToPublish(provider: VideoProvider, result: WebhookResult, rereads: ArchiveRereads): Promise<ArchiveStatusChange[]> {
  if (result.verified) return result.archiveChanges;
  const claims = new Map(result.archiveChanges.map((change) => [change.archive.archiveId, change.archive.status]));
  const outcomes = await Promise.all([...claims].map(([id, claimed]) => rereads.read(provider, id, claimed)));
  return outcomes.flatMap((archive) =>
    archive === null || archive === 'busy' ? [] : [{ archive, occurredAt: archive.updatedAt ?? new Date(), source: 'webhook' as const }],
  );
}

/** What {@link createWebhookRoute} needs. */
export interface WebhookRouteOptions {
  registry: ProviderRegistry;
  bus: EventBus;
  /** Webhook keys already taken, shared by the instances with Redis. @default in memory */
  dedupe?: WebhookDedupe;
  logger: Logger;
  /** Counts each webhook of a configured provider by outcome (`video_webhooks_total`). */
  metrics?: Pick<GatewayMetrics, 'webhook'>;
}

/**
 * The webhook receiver, `POST /webhooks/<provider>` for every provider of the registry: the
 * provider's adapter verifies and parses the request; duplicates are dropped (before any re-read,
 * so a replayed hint costs nothing upstream); archive changes are published on the bus, as they
 * came when verified, as the provider re-reads them when not; the answer is 200 only once that is
 * done (a provider that gets no 200 delivers again). The route takes the request and returns true
 * when `pathname` is its own.
 */
export function createWebhookRoute(options: WebhookRouteOptions) {
  const { registry, bus, logger, metrics } = options;
  const recent = options.dedupe ?? memoryDedupe();
  const rereads = createArchiveRereads();
  const broadcastRereads = createBroadcastRereads();
  const sessionRereads = createSessionRereads();
  const providers = new Map(registry.list().map((provider) => [webhookPath(provider.name), provider]));

  const handle = async (req: IncomingMessage, res: ServerResponse, pathname: string, routeName: string): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return reply(res, 405, { error: 'use POST' });
    }
    const provider = providers.get(pathname);
    if (!provider) return reply(res, 404, { error: `provider ${routeName.toUpperCase()} is not configured on this gateway` });
    const name = provider.name;
    const count = (outcome: WebhookOutcome) => metrics?.webhook(name, outcome);

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, MAX_WEBHOOK_BYTES);
    } catch (error) {
      count('rejected');
      if (error instanceof BodyTooLarge) return replyTooLarge(res, error.limit, { error: error.message });
      return reply(res, 400, { error: 'could not read the body' });
    }

    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;

    try {
      const result = await provider.handleWebhook({ headers, rawBody });
      const key = result.dedupeKey ? `${name}:${result.dedupeKey}` : null;
      if (key && !(await recent.add(key))) {
        logger.debug({ provider: name, event: result.eventType }, 'duplicate webhook dropped');
        count('duplicate');
        return reply(res, 200, { ok: true, duplicate: true });
      }
      let published: ArchiveStatusChange[];
      try {
        published = await changesToPublish(provider, result, rereads);
        for (const change of published) bus.publish(change);
        for (const change of await broadcastChangesToPublish(provider, result, broadcastRereads)) publishBroadcastChange(bus, change);
        for (const event of await sessionEventsToPublish(provider, result, sessionRereads)) publishSessionEvent(bus, event);
        for (const event of sipCallEventsToPublish(result)) publishSipCallEvent(bus, event);
      } catch (error) {
        if (key) await recent.delete(key).catch(() => {});
        throw error;
      }
      logger.info(
        {
          provider: name,
          event: result.eventType,
          verified: result.verified,
          archives: published.map((c) => `${c.archive.archiveId}:${c.archive.status}`),
        },
        'webhook received',
      );
      count(result.verified ? 'accepted' : 'hint');
      return reply(res, 200, { ok: true });
    } catch (error) {
      if (isGatewayError(error)) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'BAD_USER_INPUT' ? 400 : 500;
        logger.warn({ provider: name, code: error.code }, `webhook rejected: ${error.message}`);
        count(status === 500 ? 'failed' : 'rejected');
        return reply(res, status, { error: error.message });
      }
      logger.error({ err: error, provider: name }, 'webhook handling failed');
      count('failed');
      return reply(res, 500, { error: 'internal error' });
    }
  };

  return (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const match = WEBHOOK_PATH.exec(pathname);
    if (!match) return false;
    void handle(req, res, pathname, match[1]!);
    return true;
  };
}
