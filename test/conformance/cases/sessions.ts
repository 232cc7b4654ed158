/** Sessions: create (modes echoed), read back, unknown ids, listing, custom ids. */
import { describe, expect, it } from 'vitest';
import type { ArchiveMode, MediaMode } from '../../../src/providers/types.js';
import type { Harness } from '../harness.js';

const MODES: Array<[MediaMode, ArchiveMode]> = [
  ['ROUTED', 'MANUAL'],
  ['RELAYED', 'MANUAL'],
  ['ROUTED', 'ALWAYS'],
];

/** Registers the session cases for `h`. */
export function sessionCases(h: Harness): void {
  const { provider } = h;
  const caps = provider.capabilities;

  describe('sessions', () => {
    for (const [mediaMode, archiveMode] of MODES) {
      it(`should create a ${mediaMode} / ${archiveMode} session, echo its modes and read it back as created`, async () => {
        const session = await provider.createSession({ mediaMode, archiveMode });
        expect(session).toMatchObject({ provider: provider.name, mediaMode, archiveMode });
        expect(session.sessionId).not.toBe('');
        expect(session.createdAt === null || session.createdAt instanceof Date).toBe(true);
        expect(await provider.getSession(session.sessionId)).toEqual(session);
      });
    }

    it('should answer null for a session it does not hold and for an id of no format', async () => {
      expect(await provider.getSession(h.adapter.unknownIds.sessionId)).toBeNull();
      expect(await provider.getSession('not a session id!')).toBeNull();
    });

    if (caps.listSessions)
      it('should list the sessions it holds, newest first', async () => {
        const older = await provider.createSession({});
        const newer = await provider.createSession({});
        const sessions = await provider.listSessions();
        const ids = sessions.map((s) => s.sessionId);
        expect(ids).toEqual(expect.arrayContaining([older.sessionId, newer.sessionId]));
        expect(sessions.find((s) => s.sessionId === newer.sessionId)).toEqual(newer);
        const times = sessions.map((s) => s.createdAt?.getTime() ?? 0);
        expect(times).toEqual([...times].sort((a, b) => b - a));
      });

    if (caps.customSessionIds)
      it('should create a session under a custom id and claim it', async () => {
        const customSessionId = h.uniqueName('conformance');
        const session = await provider.createSession({ customSessionId, mediaMode: 'ROUTED' });
        expect(session).toMatchObject({ provider: provider.name, sessionId: customSessionId, mediaMode: 'ROUTED' });
        expect(await provider.getSession(customSessionId)).toEqual(session);
        expect(provider.ownsSessionId(customSessionId)).not.toBe('no');
      });
  });
}
