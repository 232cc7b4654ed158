/**
 * Webhooks over real HTTP: the emulator posts one archive's lifecycle to the receiver, the adapter
 * parses it into archive changes; copies without or with forged authorization are refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatusChange, WebhookRequest, WebhookResult } from '../../../src/providers/types.js';
import type { Harness } from '../harness.js';
import type { Delivery } from '../webhook-receiver.js';
import { rejection } from '../rejection.js';
import { FINAL_STATUSES } from './archives.js';
import { until } from '../../helpers/until.js';

function changesOf(result: WebhookResult, archiveId: string): ArchiveStatusChange[] {
  return result.archiveChanges.filter((c) => c.archive.archiveId === archiveId);
}

/** Accepted deliveries that carry a change of `archiveId`. */
function acceptedFor(deliveries: readonly Delivery[], archiveId: string): Array<{ request: WebhookRequest; result: WebhookResult }> {
  return deliveries.flatMap((d) =>
    d.outcome.ok && changesOf(d.outcome.result, archiveId).length > 0 ? [{ request: d.request, result: d.outcome.result }] : [],
  );
}

/** The same request without its `authorization` header. */
function unsigned(request: WebhookRequest): WebhookRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
  return { headers, rawBody: request.rawBody };
}

/** Registers the webhook cases for `h`. */
export function webhookCases(h: Harness): void {
  const { provider } = h;
  const caps = provider.capabilities;

  if (caps.webhooks && caps.archives)
    describe('webhooks', () => {
      let sessionId = '';
      let archiveId = '';
      let accepted: Array<{ request: WebhookRequest; result: WebhookResult }> = [];

      beforeAll(async () => {
        ({ sessionId } = await h.recordableSession());
        ({ archiveId } = await provider.startArchive({ sessionId }));
        await provider.stopArchive(archiveId);
        accepted = await until('the webhook of the ready archive', () => {
          const found = acceptedFor(h.webhooks.deliveries, archiveId);
          const final = found.some(({ result }) => changesOf(result, archiveId).some((c) => FINAL_STATUSES.includes(c.archive.status)));
          return final ? found : undefined;
        });
      });

      it('should parse the archive webhooks into STARTED, STOPPED and a final status, authenticated', () => {
        const changes = accepted.flatMap(({ result }) => changesOf(result, archiveId));
        expect(changes.map((c) => c.archive.status)).toEqual(['STARTED', 'STOPPED', expect.toBeOneOf(FINAL_STATUSES)]);
        for (const change of changes) {
          expect(change.source).toBe('webhook');
          expect(change.occurredAt).toBeInstanceOf(Date);
          expect(change.archive).toMatchObject({ provider: provider.name, archiveId, sessionId });
        }
        const refused = h.webhooks.deliveries.filter((d) => !d.outcome.ok && d.request.rawBody.includes(sessionId));
        expect(refused).toEqual([]);
      });

      it('should give each delivery its own dedupe key and name its event', () => {
        const keys = accepted.map(({ result }) => result.dedupeKey);
        for (const { result } of accepted) {
          expect(result.dedupeKey).toEqual(expect.any(String));
          expect(result.eventType).not.toBe('');
        }
        expect(new Set(keys).size).toBe(keys.length);
      });

      it('should refuse a copy without its authorization: UNAUTHENTICATED', async () => {
        for (const { request } of accepted) {
          expect((await rejection(provider.handleWebhook(unsigned(request)))).code).toBe('UNAUTHENTICATED');
        }
      });

      it('should refuse a copy with a forged authorization: UNAUTHENTICATED', async () => {
        for (const { request } of accepted) {
          const forged = { ...unsigned(request), headers: { ...unsigned(request).headers, authorization: 'Bearer forged' } };
          expect((await rejection(provider.handleWebhook(forged))).code).toBe('UNAUTHENTICATED');
        }
      });

      it('should accept the unsigned copy with no secret configured, and refuse a body that is not a webhook', async () => {
        const open = h.adapter.create(h.emulator);
        try {
          const statuses: string[] = [];
          for (const { request } of accepted) {
            const result = await open.handleWebhook(unsigned(request));
            statuses.push(...changesOf(result, archiveId).map((c) => c.archive.status));
          }
          expect(statuses).toEqual(accepted.flatMap(({ result }) => changesOf(result, archiveId).map((c) => c.archive.status)));
          const error = await rejection(
            open.handleWebhook({ headers: { 'content-type': 'application/json' }, rawBody: Buffer.from('not json') }),
          );
          expect(error.code).toBe('BAD_USER_INPUT');
        } finally {
          await open.close();
        }
      });

      it('should refuse what the emulator authenticates with another secret: UNAUTHENTICATED', async () => {
        const { sessionId: other } = await h.recordableSession();
        h.emulator.configure(h.adapter.webhookSettings(h.webhooks.url, 'another-secret'));
        try {
          await provider.startArchive({ sessionId: other });
          const refused = await until('a refused webhook', () =>
            h.webhooks.deliveries.find((d) => !d.outcome.ok && d.request.rawBody.includes(other)),
          );
          expect(refused.outcome.ok ? null : (refused.outcome.error as { code?: unknown }).code).toBe('UNAUTHENTICATED');
        } finally {
          h.emulator.configure(h.adapter.webhookSettings(h.webhooks.url, h.webhookSecret));
        }
      });
    });
}
