/** Client tokens: defaults, role, data, expiry and every declared format, each used by a client. */
import { describe, expect, it } from 'vitest';
import type { Role, TokenFormat } from '../../../src/providers/types.js';
import { requireSupport } from '../../../src/schema/capabilities.js';
import type { Harness } from '../harness.js';
import { refusal } from '../rejection.js';

/** Every token format of the interface; the `satisfies` breaks the build when one is added. */
const ALL_FORMATS = Object.keys({ JWT: true, T1: true, OPAQUE: true } satisfies Record<TokenFormat, true>) as TokenFormat[];

/** The roles every platform has (PUBLISHER_ONLY is OpenTok's alone). */
const ROLES: Role[] = ['SUBSCRIBER', 'PUBLISHER', 'MODERATOR'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Registers the token cases for `h`. */
export function tokenCases(h: Harness): void {
  const { provider } = h;
  const caps = provider.capabilities;

  describe('tokens', () => {
    it('should mint with the defaults: PUBLISHER, 24 h, a declared format, no data', async () => {
      const { sessionId } = await provider.createSession({});
      const before = Date.now();
      const token = await provider.generateToken({ sessionId });
      expect(token).toMatchObject({ provider: provider.name, sessionId, role: 'PUBLISHER', data: null });
      expect(caps.tokenFormats).toContain(token.format);
      // The expiry may be cut to whole seconds.
      expect(token.expiresAt.getTime()).toBeGreaterThanOrEqual(before + DAY_MS - 1_000);
      expect(token.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + DAY_MS);
    });

    for (const format of caps.tokenFormats) {
      for (const role of ROLES) {
        it(`should mint a ${format} ${role} token with data and expiry that a client joins with`, async () => {
          const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
          // Whole seconds: platforms that carry the expiry in seconds echo it exactly.
          const expiresAt = new Date(Math.ceil((Date.now() + 60 * 60 * 1000) / 1000) * 1000);
          const token = await provider.generateToken({ sessionId, role, data: 'name=Ada', expiresAt, format });
          expect(token).toMatchObject({ provider: provider.name, sessionId, role, data: 'name=Ada', expiresAt, format });
          expect(token.token).not.toBe('');
          const joined = await h.clients.connect(token.token);
          expect(joined).toMatchObject({ status: 201, sessionId });
        });
      }
    }

    it('should let a publisher publish and refuse a subscriber', async () => {
      const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
      const publisher = await h.join(sessionId, 'PUBLISHER');
      const subscriber = await h.join(sessionId, 'SUBSCRIBER');
      expect((await h.clients.publish(publisher)).status).toBe(201);
      expect((await h.clients.publish(subscriber)).status).toBe(403);
    });

    for (const format of ALL_FORMATS.filter((f) => !caps.tokenFormats.includes(f))) {
      // The schema layer refuses it for every provider in one place, from the declared formats.
      it(`should refuse the undeclared format ${format} before any upstream call, naming the field`, () => {
        const error = refusal(() =>
          requireSupport(provider, { field: 'input.sessionId', operation: 'generateToken', options: { format } }),
        );
        expect(error.code).toBe('UNSUPPORTED_BY_PROVIDER');
        expect(error.details.field).toBe('input.format');
        expect(error.details.provider).toBe(provider.name);
      });
    }
  });
}
