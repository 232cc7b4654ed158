/**
 * The conformance suite: the same cases over every adapter of ./adapters.ts, each adapter against
 * its own emulator over real HTTP on 127.0.0.1. A case runs where the adapter declares the
 * capability it needs and is not registered where it does not (so no skipped test stands in the
 * totals); a capability not declared must then be refused with UNSUPPORTED_BY_PROVIDER
 * (./cases/capabilities.ts).
 */
import { afterAll, describe } from 'vitest';
import { adapters } from './adapters.js';
import { archiveCases } from './cases/archives.js';
import { broadcastCases } from './cases/broadcasts.js';
import { capabilityCases } from './cases/capabilities.js';
import { crossClaimCases, idCases } from './cases/ids.js';
import { moderationCases } from './cases/moderation.js';
import { sessionOpsCases } from './cases/session-ops.js';
import { sessionCases } from './cases/sessions.js';
import { tokenCases } from './cases/tokens.js';
import { webhookCases } from './cases/webhooks.js';
import { startHarness } from './harness.js';

// Started while collecting: the skips read each adapter's declared capabilities.
const harnesses = await Promise.all(adapters.map((adapter) => startHarness(adapter)));

afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
});

for (const h of harnesses) {
  describe(h.adapter.name, () => {
    sessionCases(h);
    tokenCases(h);
    archiveCases(h);
    broadcastCases(h);
    moderationCases(h);
    sessionOpsCases(h);
    capabilityCases(h);
    webhookCases(h);
    idCases(h);
  });
}

crossClaimCases(harnesses);
