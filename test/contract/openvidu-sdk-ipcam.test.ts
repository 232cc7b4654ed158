/**
 * Conformance: IP cameras with the official `openvidu-node-client` (2.32.2), unchanged, against
 * the emulator's OpenVidu face, and the gateway's adapter reading what the client made (and the
 * other way round), so both sides of the wire are held to the same shapes.
 */
import { ConnectionType, OpenVidu } from 'openvidu-node-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { startEmulator } from '../emulator/helpers.js';

describe('openvidu-node-client 2.32 against the emulator: IP cameras', () => {
  let emu: Emulator;
  let openvidu: OpenVidu;
  let adapter: VideoProvider;

  beforeAll(async () => {
    emu = await startEmulator();
    openvidu = new OpenVidu(emu.url, emu.openvidu.secret);
    openvidu.enableProdMode();
    adapter = createOpenViduProvider({ url: emu.url, secret: emu.openvidu.secret });
  });
  afterAll(async () => {
    await adapter.close();
    await emu.close();
  });

  it('should create an IPCAM connection that is active and publishing, which the adapter reads as one stream', async () => {
    const session = await openvidu.createSession();
    const camera = await session.createConnection({
      type: ConnectionType.IPCAM,
      rtspUri: 'rtsp://camera.example.com:554/live',
      data: 'lobby',
      networkCache: 1500,
    });
    expect(camera.status).toBe('active');
    expect(camera.connectionProperties).toMatchObject({ type: 'IPCAM', rtspUri: 'rtsp://camera.example.com:554/live', networkCache: 1500 });
    expect(camera.publishers).toHaveLength(1);
    const [publisher] = camera.publishers;
    expect(publisher?.typeOfVideo).toBe('IPCAM');

    const stream = await adapter.getStream(session.sessionId, publisher!.streamId);
    expect(stream).toMatchObject({ provider: 'OPENVIDU', streamId: publisher!.streamId, videoType: 'ipcam' });
    // IPCAM streams go with their connection, never alone.
    await expect(session.forceUnpublish(publisher!.streamId)).rejects.toThrow('405');
    await session.forceDisconnect(camera);
    expect(await adapter.getStream(session.sessionId, publisher!.streamId)).toBeNull();
  });

  it('should show the client a camera the adapter connected, with the options it sent', async () => {
    const session = await openvidu.createSession();
    const made = await adapter.connectIpCamera({
      sessionId: session.sessionId,
      rtspUri: 'rtsps://camera.example.com/feed',
      adaptativeBitrate: false,
      onlyPlayWithSubscribers: false,
      record: false,
    });
    await session.fetch();
    const seen = session.connections.find((c) => c.connectionId === made.connectionId);
    expect(seen?.status).toBe('active');
    expect(seen?.connectionProperties).toMatchObject({
      type: 'IPCAM',
      rtspUri: 'rtsps://camera.example.com/feed',
      adaptativeBitrate: false,
      onlyPlayWithSubscribers: false,
      record: false,
    });
    expect(seen?.publishers.map((p) => p.streamId)).toEqual(made.streamIds);
    await expect(session.createConnection({ type: ConnectionType.IPCAM, rtspUri: 'ftp://camera.example.com/' })).rejects.toThrow('400');
  });
});
