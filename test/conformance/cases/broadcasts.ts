/**
 * Broadcasts, layouts and stream selection, where the adapter declares them: the lifecycle with its
 * conflicts, unknown ids, the layout and MANUAL stream-mode calls of archives and broadcasts, and
 * the signed broadcast callbacks. Refusal where they are not declared: ./capabilities.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Harness } from '../harness.js';
import { rejection } from '../rejection.js';
import { until } from '../../helpers/until.js';

const RTMP = { id: 'conformance', serverUrl: 'rtmps://live.example.com/app', streamName: 'key' };
const UNKNOWN_ID = '0c1d2e3f-0000-4000-8000-000000000000';

/** Registers the broadcast, layout and stream-selection cases for `h`. */
export function broadcastCases(h: Harness): void {
  const { provider } = h;

  if (provider.capabilities.broadcasts)
    describe('broadcasts', () => {
      it('should start, read, list, stop, and refuse a second stop: CONFLICT', async () => {
        const { sessionId } = await h.recordableSession();
        const started = await provider.startBroadcast({ sessionId, hls: { lowLatency: true }, rtmp: [RTMP], maxDuration: 600 });
        expect(started).toMatchObject({
          provider: provider.name,
          sessionId,
          status: 'STARTED',
          maxDuration: 600,
          streamMode: 'AUTO',
          hls: { lowLatency: true, dvr: false },
          rtmp: [expect.objectContaining(RTMP)],
        });
        expect(started.hls?.url).toMatch(/^https?:\/\//);
        const { broadcastId } = started;
        expect(await provider.getBroadcast(broadcastId)).toMatchObject({ broadcastId, status: 'STARTED' });
        const page = await provider.listBroadcasts({ sessionId, offset: 0, count: 10 });
        expect(page).toMatchObject({ totalCount: 1, items: [expect.objectContaining({ broadcastId })] });
        const stopped = await provider.stopBroadcast(broadcastId);
        expect(stopped).toMatchObject({ broadcastId, status: 'STOPPED', rtmp: [] });
        // A stopped broadcast has no playlist any more (its HLS settings may still be reported).
        expect(stopped.hls?.url ?? null).toBeNull();
        expect((await rejection(provider.stopBroadcast(broadcastId))).code).toBe('CONFLICT');
      });

      it('should refuse a relayed session (PRECONDITION_FAILED) and a second untagged broadcast (CONFLICT)', async () => {
        const relayed = await provider.createSession({ mediaMode: 'RELAYED' });
        await h.join(relayed.sessionId);
        expect((await rejection(provider.startBroadcast({ sessionId: relayed.sessionId, hls: {} }))).code).toBe('PRECONDITION_FAILED');
        const { sessionId } = await h.recordableSession();
        await provider.startBroadcast({ sessionId, hls: {} });
        expect((await rejection(provider.startBroadcast({ sessionId, hls: {} }))).code).toBe('CONFLICT');
        expect(await provider.startBroadcast({ sessionId, hls: {}, multiBroadcastTag: 'second' })).toMatchObject({
          multiBroadcastTag: 'second',
        });
      });

      it('should answer null for an unknown broadcast and NOT_FOUND when stopping it', async () => {
        expect(await provider.getBroadcast(UNKNOWN_ID)).toBeNull();
        expect((await rejection(provider.stopBroadcast(UNKNOWN_ID))).code).toBe('NOT_FOUND');
      });

      it('should change the layout and select streams in MANUAL mode, and refuse selection in AUTO mode', async () => {
        const { sessionId, connectionId } = await h.recordableSession();
        const streamId = await h.publish(connectionId, 'screen');
        const manual = await provider.startBroadcast({ sessionId, hls: {}, streamMode: 'MANUAL', layout: { type: 'PIP' } });
        await provider.setBroadcastLayout(manual.broadcastId, { type: 'BEST_FIT', screenshareType: 'HORIZONTAL_PRESENTATION' });
        await provider.addBroadcastStream(manual.broadcastId, { streamId, hasAudio: false });
        expect((await provider.getBroadcast(manual.broadcastId))?.streams).toEqual([{ streamId, hasAudio: false, hasVideo: true }]);
        await provider.removeBroadcastStream(manual.broadcastId, streamId);
        expect((await provider.getBroadcast(manual.broadcastId))?.streams).toEqual([]);
        const auto = await provider.startBroadcast({ sessionId, hls: {}, multiBroadcastTag: 'auto' });
        expect((await rejection(provider.addBroadcastStream(auto.broadcastId, { streamId }))).code).toBe('PRECONDITION_FAILED');
      });

      it('should deliver signed broadcast callbacks that the adapter verifies and reads as changes', async () => {
        const { sessionId } = await h.recordableSession();
        const { broadcastId } = await provider.startBroadcast({ sessionId, rtmp: [RTMP] });
        await provider.stopBroadcast(broadcastId);
        const statuses = await until('the broadcast callbacks', () => {
          const seen = h.webhooks.deliveries.flatMap((d) =>
            d.outcome.ok ? (d.outcome.result.broadcastChanges ?? []).filter((c) => c.broadcast.broadcastId === broadcastId) : [],
          );
          return seen.length >= 2 ? seen : undefined;
        });
        expect(statuses.map((c) => c.broadcast.status)).toEqual(['STARTED', 'STOPPED']);
        const verified = h.webhooks.deliveries.filter((d) => d.outcome.ok && d.outcome.result.broadcastChanges?.length);
        expect(verified.every((d) => d.outcome.ok && d.outcome.result.verified && d.outcome.result.eventType === 'broadcast')).toBe(true);
      });
    });

  if (provider.capabilities.archiveLayouts)
    describe('archive layouts', () => {
      it('should start an archive with a layout and change it while it records', async () => {
        const { sessionId } = await h.recordableSession();
        const { archiveId } = await provider.startArchive({ sessionId, layout: { type: 'VERTICAL_PRESENTATION' } });
        await provider.setArchiveLayout(archiveId, { type: 'CUSTOM', stylesheet: 'stream.focus { width: 100%; }' });
        expect(await provider.getArchive(archiveId)).toMatchObject({ archiveId, status: 'STARTED' });
      });
    });

  if (provider.capabilities.archiveStreams)
    describe('archive stream selection', () => {
      it('should add and remove streams of a MANUAL archive, and refuse it for an AUTO one', async () => {
        const { sessionId, connectionId } = await h.recordableSession();
        const streamId = await h.publish(connectionId, 'screen');
        const manual = await provider.startArchive({ sessionId, streamMode: 'MANUAL', multiArchiveTag: 'manual' });
        expect(manual).toMatchObject({ streamMode: 'MANUAL', streams: [] });
        await provider.addArchiveStream(manual.archiveId, { streamId, hasVideo: false });
        expect((await provider.getArchive(manual.archiveId))?.streams).toEqual([{ streamId, hasAudio: true, hasVideo: false }]);
        await provider.removeArchiveStream(manual.archiveId, streamId);
        expect((await provider.getArchive(manual.archiveId))?.streams).toEqual([]);
        const auto = await provider.startArchive({ sessionId, multiArchiveTag: 'auto' });
        expect((await rejection(provider.addArchiveStream(auto.archiveId, { streamId }))).code).toBe('PRECONDITION_FAILED');
      });
    });
}
