/** Id claims: a provider is certain of the ids it creates, and no other adapter is. */
import { describe, expect, it } from 'vitest';
import type { Harness } from '../harness.js';

/** Registers the id-claim cases for `h`. */
export function idCases(h: Harness): void {
  const { provider } = h;

  describe('id claims', () => {
    it('should claim the session ids it creates with certainty', async () => {
      const { sessionId } = await provider.createSession({});
      expect(provider.ownsSessionId(sessionId)).toBe('certain');
    });

    if (provider.capabilities.archives)
      it('should claim the archive ids it creates with certainty', async () => {
        const { sessionId } = await h.recordableSession();
        const { archiveId } = await provider.startArchive({ sessionId });
        await provider.stopArchive(archiveId);
        expect(provider.ownsArchiveId(archiveId)).toBe('certain');
      });

    it('should disclaim ids that fit no format', () => {
      for (const id of ['', 'not an id!']) {
        expect(provider.ownsSessionId(id)).toBe('no');
        expect(provider.ownsArchiveId(id)).toBe('no');
      }
    });
  });
}

/**
 * Registers the cross-adapter case: an id one adapter created is never claimed with certainty by
 * another, so routing a native id (certain owner first) reaches the adapter that made it.
 */
export function crossClaimCases(harnesses: readonly Harness[]): void {
  describe('id claims across adapters', () => {
    if (harnesses.length >= 2)
      it('should leave every adapter uncertain of an id another adapter created', async () => {
        const made = await Promise.all(
          harnesses.map(async (h) => {
            const { sessionId } = await h.provider.createSession({});
            if (!h.provider.capabilities.archives) return { h, sessionId, archiveId: null };
            const recordable = await h.recordableSession();
            const { archiveId } = await h.provider.startArchive({ sessionId: recordable.sessionId });
            await h.provider.stopArchive(archiveId);
            return { h, sessionId, archiveId };
          }),
        );
        for (const { h: maker, sessionId, archiveId } of made) {
          for (const other of harnesses.filter((h) => h !== maker)) {
            expect(other.provider.ownsSessionId(sessionId), `${other.adapter.name} on a ${maker.adapter.name} session id`).not.toBe(
              'certain',
            );
            if (archiveId !== null) {
              expect(other.provider.ownsArchiveId(archiveId), `${other.adapter.name} on a ${maker.adapter.name} archive id`).not.toBe(
                'certain',
              );
            }
          }
        }
      });
  });
}
