/** Archives: preconditions, the lifecycle with its conflicts, unknown ids, and paging. */
import { describe, expect, it } from 'vitest';
import type { ArchiveInfo, VideoProvider } from '../../../src/providers/types.js';
import type { Harness } from '../harness.js';
import { rejection } from '../rejection.js';
import { until } from '../../helpers/until.js';

/** Where a stopped archive ends up once its file is ready. */
export const FINAL_STATUSES = ['AVAILABLE', 'UPLOADED'];

/** Polls until the archive reaches a final status (the emulator's ready timer is short). */
function finalArchive(provider: VideoProvider, archiveId: string): Promise<ArchiveInfo> {
  return until(`archive ${archiveId} to be ready`, async () => {
    const archive = await provider.getArchive(archiveId);
    return archive !== null && FINAL_STATUSES.includes(archive.status) ? archive : undefined;
  });
}

/** Registers the archive cases for `h`. */
export function archiveCases(h: Harness): void {
  const { provider } = h;

  if (provider.capabilities.archives)
    describe('archives', () => {
      it('should refuse to start with nobody connected: PRECONDITION_FAILED', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        expect((await rejection(provider.startArchive({ sessionId }))).code).toBe('PRECONDITION_FAILED');
      });

      it('should refuse to record a relayed session: PRECONDITION_FAILED', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'RELAYED' });
        await h.join(sessionId);
        expect((await rejection(provider.startArchive({ sessionId }))).code).toBe('PRECONDITION_FAILED');
      });

      it('should start, read, list, conflict, stop, become ready and delete', async () => {
        const { sessionId } = await h.recordableSession();
        const started = await provider.startArchive({
          sessionId,
          name: 'conformance',
          hasAudio: true,
          hasVideo: true,
          outputMode: 'COMPOSED',
          resolution: '1280x720',
        });
        expect(started).toMatchObject({
          provider: provider.name,
          sessionId,
          name: 'conformance',
          status: 'STARTED',
          hasAudio: true,
          hasVideo: true,
          outputMode: 'COMPOSED',
          resolution: '1280x720',
        });
        expect(started.createdAt).toBeInstanceOf(Date);
        const { archiveId } = started;
        expect(await provider.getArchive(archiveId)).toMatchObject({ archiveId, sessionId, name: 'conformance', status: 'STARTED' });
        expect(await provider.listArchives({ sessionId, offset: 0, count: 10 })).toMatchObject({
          totalCount: 1,
          items: [expect.objectContaining({ archiveId, status: 'STARTED' })],
        });

        expect((await rejection(provider.startArchive({ sessionId }))).code).toBe('CONFLICT');
        expect((await rejection(provider.deleteArchive(archiveId))).code).toBe('CONFLICT');

        // Every row of the table finalizes on the emulator's ready timer (OpenVidu in its PRO mode),
        // so a stop answers STOPPED and the final status comes later.
        const stopped = await provider.stopArchive(archiveId);
        expect(stopped).toMatchObject({ archiveId, sessionId, status: 'STOPPED' });
        expect((await rejection(provider.stopArchive(archiveId))).code).toBe('CONFLICT');

        const ready = await finalArchive(provider, archiveId);
        if (ready.status === 'AVAILABLE') expect(ready.url).toMatch(/^https?:\/\//);
        expect(ready.createdAt).toEqual(started.createdAt);
        expect((await rejection(provider.stopArchive(archiveId))).code).toBe('CONFLICT');

        await provider.deleteArchive(archiveId);
        const deleted = await provider.getArchive(archiveId);
        expect(deleted === null || deleted.status === 'DELETED').toBe(true);
      });

      it('should answer null for an archive it does not hold or an id of no format, NOT_FOUND to stop or delete it', async () => {
        const { archiveId } = h.adapter.unknownIds;
        expect(await provider.getArchive(archiveId)).toBeNull();
        expect(await provider.getArchive('not an archive id!')).toBeNull();
        expect((await rejection(provider.stopArchive(archiveId))).code).toBe('NOT_FOUND');
        expect((await rejection(provider.deleteArchive(archiveId))).code).toBe('NOT_FOUND');
        expect((await rejection(provider.stopArchive('not an archive id!'))).code).toBe('NOT_FOUND');
        expect((await rejection(provider.deleteArchive('not an archive id!'))).code).toBe('NOT_FOUND');
      });

      it('should page with offset and count over more archives than a page, newest first, with the total', async () => {
        const { sessionId } = await h.recordableSession();
        const ids: string[] = [];
        for (let i = 0; i < 5; i += 1) {
          const archive = await provider.startArchive({ sessionId, name: `part${i}` });
          await provider.stopArchive(archive.archiveId);
          ids.push(archive.archiveId);
        }
        const pages = await Promise.all([0, 2, 4, 6].map((offset) => provider.listArchives({ sessionId, offset, count: 2 })));
        expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1, 0]);
        for (const page of pages) expect(page.totalCount).toBe(5);
        const listed = pages.flatMap((p) => p.items);
        expect(listed.map((a) => a.archiveId).sort()).toEqual([...ids].sort());
        for (const archive of listed) expect(archive.sessionId).toBe(sessionId);
        const times = listed.map((a) => a.createdAt.getTime());
        expect(times).toEqual([...times].sort((a, b) => b - a));

        const everything = await provider.listArchives({ offset: 0, count: 1000 });
        expect(everything.totalCount).toBeGreaterThanOrEqual(5);
        expect(everything.items.map((a) => a.archiveId)).toEqual(expect.arrayContaining(ids));
      });
    });
}
