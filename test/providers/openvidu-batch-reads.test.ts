/**
 * The OpenVidu adapter's batch reads over real HTTP against the emulator, with a counting proxy
 * in between: one listing answers for many ids or listings, in the order asked, with null for what
 * OpenVidu does not hold and a per-listing error for a listing that cannot be asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { type CountingProxy, startCountingProxy } from '../helpers/counting-proxy.js';
import { joinClient } from '../helpers/gateway.js';

describe('OpenVidu batch reads', () => {
  let emu: Emulator;
  let proxy: CountingProxy;
  let provider: VideoProvider;
  const sessionIds: string[] = [];

  beforeAll(async () => {
    emu = await createEmulator({ archiveReadyDelayMs: 60_000 });
    proxy = await startCountingProxy(emu.url);
    provider = createOpenViduProvider({ url: proxy.url, secret: emu.openvidu.secret });
    for (let i = 0; i < 3; i += 1) {
      const { sessionId } = await provider.createSession({});
      const token = await provider.generateToken({ sessionId });
      await joinClient(emu.url, token.token);
      await provider.startArchive({ sessionId });
      sessionIds.push(sessionId);
    }
  });

  afterAll(async () => {
    await provider?.close();
    await proxy?.close();
    await emu?.close();
  });

  it('should answer many sessions from one listing, in order, with null for unknown and foreign ids', async () => {
    const [a, b] = sessionIds as [string, string];
    proxy.reset();
    const found = await provider.getSessions!([b, 'ses_Unknown000', 'not an id!', a]);
    expect(found.map((s) => s?.sessionId ?? null)).toEqual([b, null, null, a]);
    expect(proxy.requests).toEqual([{ method: 'GET', path: '/openvidu/api/sessions' }]);
  });

  it('should read one session or one recording by its own id', async () => {
    const [a] = sessionIds as [string];
    proxy.reset();
    expect((await provider.getSessions!([a, 'not an id!']))[0]?.sessionId).toBe(a);
    expect((await provider.getArchives!([a]))[0]?.archiveId).toBe(a);
    expect(proxy.requests).toEqual([
      { method: 'GET', path: `/openvidu/api/sessions/${a}` },
      { method: 'GET', path: `/openvidu/api/recordings/${a}` },
    ]);
  });

  it('should answer many recordings from one listing, in order, with null for unknown ids', async () => {
    const [a, , c] = sessionIds as [string, string, string];
    proxy.reset();
    const found = await provider.getArchives!([c, 'ses_Unknown000', a]);
    expect(found.map((r) => r?.archiveId ?? null)).toEqual([c, null, a]);
    expect(proxy.requests).toEqual([{ method: 'GET', path: '/openvidu/api/recordings' }]);
  });

  it('should page many listings from one listing, refusing only the listing that cannot be asked for', async () => {
    const [a, b] = sessionIds as [string, string];
    proxy.reset();
    const pages = await provider.listArchivesBatch!([
      { sessionId: a, offset: 0, count: 5 },
      { sessionId: b, offset: 0, count: 0 },
      { offset: 1, count: 1 },
    ]);
    expect(pages[0]).toMatchObject({ totalCount: 1, items: [{ archiveId: a }] });
    expect(pages[1]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('count') });
    expect(pages[2]).toMatchObject({ totalCount: 3, items: [expect.objectContaining({ sessionId: expect.any(String) })] });
    expect(proxy.requests).toEqual([{ method: 'GET', path: '/openvidu/api/recordings' }]);

    proxy.reset();
    const refused = await provider.listArchivesBatch!([{ sessionId: 'bad id!', offset: 0, count: 1 }]);
    expect(refused[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(proxy.requests).toEqual([]);
  });
});
