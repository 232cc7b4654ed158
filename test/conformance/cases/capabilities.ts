/** The other side of the capabilities: what a provider does not declare, it refuses clearly. */
import { describe, expect, it } from 'vitest';
import type { Feature, VideoProvider } from '../../../src/providers/types.js';
import { requireSupport } from '../../../src/schema/capabilities.js';
import type { Harness } from '../harness.js';
import { rejection } from '../rejection.js';

/** The boolean capabilities with a call to make (webhooks are passive: nothing to call). */
type CallableFeature = Exclude<Feature, 'webhooks'>;

/** One call per capability. */
const CALLS: Record<CallableFeature, (provider: VideoProvider, sessionId: string) => Promise<unknown>> = {
  archives: (p, sessionId) => p.startArchive({ sessionId }),
  sip: (p, sessionId) => p.dialSip({ sessionId, uri: 'sip:conformance@sip.example.com' }),
  signals: (p, sessionId) => p.signal({ sessionId, data: 'hello' }),
  forceDisconnect: (p, sessionId) => p.forceDisconnect(sessionId, 'no-such-connection'),
  connections: (p, sessionId) => p.listConnections(sessionId),
  forceUnpublish: (p, sessionId) => p.forceUnpublish(sessionId, 'no-such-stream'),
  closeSession: (p, sessionId) => p.closeSession(sessionId),
  listSessions: (p) => p.listSessions(),
  // A custom id is an option of createSession: the schema layer's one refusal point refuses it.
  broadcasts: (p, sessionId) => p.startBroadcast({ sessionId, hls: {} }),
  archiveLayouts: (p) => p.setArchiveLayout('no-such-archive', { type: 'BEST_FIT' }),
  archiveStreams: (p) => p.addArchiveStream('no-such-archive', { streamId: 'no-such-stream' }),
  customSessionIds: async (p) =>
    requireSupport(p, { field: 'input.provider', operation: 'createSession', options: { customSessionId: 'conformance-custom-id' } }),
  streamLayoutClasses: (p, sessionId) => p.setStreamLayoutClasses(sessionId, [{ streamId: 'no-such-stream', layoutClassList: ['full'] }]),
  forceMute: (p, sessionId) => p.muteSession({ sessionId, active: true }),
  renders: (p, sessionId) => p.startRender({ sessionId, url: 'https://example.com/page' }),
  audioConnector: (p, sessionId) => p.connectAudioStream({ sessionId, uri: 'wss://example.com/audio' }),
  captions: (p, sessionId) => p.startCaptions({ sessionId }),
  ipCameras: (p, sessionId) => p.connectIpCamera({ sessionId, rtspUri: 'rtsp://camera.example.com/stream' }),
};

/** Registers, for every capability `h` does not declare, a case that its call is refused. */
export function capabilityCases(h: Harness): void {
  const { provider } = h;
  const undeclared = (Object.keys(CALLS) as CallableFeature[]).filter((feature) => provider.capabilities[feature] === false);

  describe('undeclared capabilities', () => {
    it('should declare customSessionIds exactly when createSession takes a customSessionId', () => {
      expect(provider.capabilities.options.createSession.includes('customSessionId')).toBe(provider.capabilities.customSessionIds);
    });

    for (const feature of undeclared) {
      it(`should refuse ${feature}: UNSUPPORTED_BY_PROVIDER`, async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        expect((await rejection(CALLS[feature](provider, sessionId))).code).toBe('UNSUPPORTED_BY_PROVIDER');
      });
    }
  });
}
