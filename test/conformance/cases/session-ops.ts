/**
 * Streams, force mute, DTMF, renders, the Audio Connector, live captions and IP cameras: each case
 * runs where the adapter declares the capability (./capabilities.ts checks the refusals where it
 * does not).
 */
import { describe, expect, it } from 'vitest';
import type { Harness } from '../harness.js';
import { rejection } from '../rejection.js';

/** Registers the session-operation cases for `h`. */
export function sessionOpsCases(h: Harness): void {
  const { provider } = h;
  const caps = provider.capabilities;

  describe('session operations', () => {
    it('should read one published stream, and null for a stream nobody publishes', async () => {
      const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
      const connectionId = await h.join(sessionId);
      const streamId = await h.publish(connectionId, 'screen');
      expect(await provider.getStream(sessionId, streamId)).toMatchObject({
        provider: provider.name,
        sessionId,
        streamId,
        videoType: 'screen',
      });
      expect(await provider.getStream(sessionId, 'no-such-stream')).toBeNull();
    });

    if (caps.streamLayoutClasses)
      it('should set the layout classes of several streams at once, then NOT_FOUND for an unknown one', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const connectionId = await h.join(sessionId);
        const [a, b] = [await h.publish(connectionId), await h.publish(connectionId)];
        await provider.setStreamLayoutClasses(sessionId, [
          { streamId: a, layoutClassList: ['full'] },
          { streamId: b, layoutClassList: ['focus', 'big'] },
        ]);
        expect((await provider.getStream(sessionId, a))?.layoutClassList).toEqual(['full']);
        expect((await provider.getStream(sessionId, b))?.layoutClassList).toEqual(['focus', 'big']);
        const error = await rejection(provider.setStreamLayoutClasses(sessionId, [{ streamId: 'no-such-stream', layoutClassList: [] }]));
        expect(error.code).toBe('NOT_FOUND');
      });

    if (caps.forceMute)
      it('should mute one stream, mute all, lift it, and NOT_FOUND an unknown stream', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const connectionId = await h.join(sessionId);
        const streamId = await h.publish(connectionId);
        await provider.muteStream(sessionId, streamId);
        await provider.muteSession({ sessionId, active: true, excludedStreamIds: [streamId] });
        await provider.muteSession({ sessionId, active: false });
        expect((await rejection(provider.muteStream(sessionId, 'no-such-stream'))).code).toBe('NOT_FOUND');
      });

    if (caps.sip)
      it('should play DTMF to every SIP participant and to one call', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const call = await provider.dialSip({ sessionId, uri: 'sip:conformance@sip.example.com', streams: [] });
        await provider.playDtmf({ sessionId, digits: '0123456789*#p' });
        await provider.playDtmf({ sessionId, connectionId: call.connectionId, digits: '1' });
        expect((await rejection(provider.playDtmf({ sessionId, connectionId: 'nobody', digits: '1' }))).code).toBe('NOT_FOUND');
      });

    if (caps.renders)
      it('should start a render, read it, list it, stop it, then read it stopped', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const started = await provider.startRender({
          sessionId,
          url: 'https://example.com/conformance',
          resolution: '1280x720',
          maxDuration: 600,
        });
        expect(started).toMatchObject({
          provider: provider.name,
          sessionId,
          url: 'https://example.com/conformance',
          resolution: '1280x720',
        });
        expect(['STARTING', 'STARTED']).toContain(started.status);
        expect(await provider.getRender(started.renderId)).toMatchObject({ renderId: started.renderId, status: 'STARTED' });
        const page = await provider.listRenders({ offset: 0, count: 1000 });
        expect(page.items.map((r) => r.renderId)).toContain(started.renderId);
        expect(page.totalCount).toBeGreaterThanOrEqual(page.items.length);
        await provider.stopRender(started.renderId);
        expect(await provider.getRender(started.renderId)).toMatchObject({ status: 'STOPPED' });
        expect(await provider.getRender('00000000-0000-4000-8000-000000000000')).toBeNull();
        expect((await rejection(provider.stopRender('00000000-0000-4000-8000-000000000000'))).code).toBe('NOT_FOUND');
      });

    if (caps.audioConnector)
      it('should connect a routed session to a WebSocket, and refuse a relayed one (PRECONDITION_FAILED)', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const audio = await provider.connectAudioStream({
          sessionId,
          uri: 'wss://example.com/audio',
          audioRate: 16000,
          headers: [{ name: 'X-A', value: '1' }],
        });
        expect(audio).toMatchObject({ provider: provider.name, sessionId });
        expect(audio.connectionId).not.toBe('');
        await provider.forceDisconnect(sessionId, audio.connectionId);
        const relayed = await provider.createSession({ mediaMode: 'RELAYED' });
        expect((await rejection(provider.connectAudioStream({ sessionId: relayed.sessionId, uri: 'wss://example.com/audio' }))).code).toBe(
          'PRECONDITION_FAILED',
        );
      });

    if (caps.captions)
      it('should start captions once per session (CONFLICT), stop them, then NOT_FOUND', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const captions = await provider.startCaptions({ sessionId, languageCode: 'en-US', partialCaptions: false, maxDuration: 600 });
        expect(captions).toMatchObject({ provider: provider.name, sessionId });
        expect((await rejection(provider.startCaptions({ sessionId }))).code).toBe('CONFLICT');
        await provider.stopCaptions(captions.captionsId);
        expect((await rejection(provider.stopCaptions(captions.captionsId))).code).toBe('NOT_FOUND');
      });

    if (caps.ipCameras)
      it('should connect an IP camera that is active and publishing at once', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const camera = await provider.connectIpCamera({
          sessionId,
          rtspUri: 'rtsp://camera.example.com/live',
          data: 'lobby',
          adaptativeBitrate: false,
        });
        expect(camera).toMatchObject({ provider: provider.name, sessionId, status: 'ACTIVE', role: null, data: 'lobby' });
        expect(camera.streamIds).toHaveLength(1);
        expect((await provider.listStreams(sessionId)).map((s) => s.streamId)).toEqual(camera.streamIds);
        await provider.forceDisconnect(sessionId, camera.connectionId);
        expect(await provider.listStreams(sessionId).catch(() => [])).toEqual([]);
      });
  });
}
