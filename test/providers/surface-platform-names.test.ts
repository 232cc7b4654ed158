/**
 * The OpenTok REST surface serves two providers: each error and refusal hint names the platform
 * actually called, over real HTTP against the emulator. An OpenTok caller reads exactly the
 * messages it always read; a Vonage caller reads "Vonage" and never "OpenTok".
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import { surfacePlatform } from '../../src/providers/opentok/platform-names.js';
import type { VideoProvider } from '../../src/providers/types.js';
import { createVonageProvider } from '../../src/providers/vonage/index.js';
import { requireSupport } from '../../src/schema/capabilities.js';
import { failure } from '../helpers/failure.js';

let emu: Emulator;
const opened: VideoProvider[] = [];

/** A UUID no provider has reported. */
const UNKNOWN_UUID = '00000000-0000-4000-8000-0000000000ff';

/** One row per provider of the surface: how to build it and what its messages must say. */
const rows = [
  {
    name: 'OpenTok',
    create: () => createOpenTokProvider({ ...emu.opentok, apiUrl: emu.url, timeouts: { requestMs: 3000 } }),
    projectId: () => emu.opentok.apiKey,
    platform: 'OpenTok',
    other: 'Vonage',
    credentials: "OpenTok refused the gateway's credentials; check OPENTOK_API_KEY and OPENTOK_API_SECRET",
    urlSetting: 'OPENTOK_API_URL',
    owner: 'the configured OpenTok API key',
  },
  {
    name: 'Vonage',
    create: () => createVonageProvider({ ...emu.vonage, videoHost: emu.url, timeouts: { requestMs: 3000 } }),
    projectId: () => emu.vonage.applicationId,
    platform: 'Vonage',
    other: 'OpenTok',
    credentials: "Vonage refused the gateway's credentials; check VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY",
    urlSetting: 'VONAGE_VIDEO_HOST',
    owner: 'the configured Vonage application',
  },
] as const;

/** A well-formed session id of `projectId` that the emulator never created. */
function unknownSessionOf(projectId: string): string {
  return `1_${Buffer.from(`1~${projectId}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
}

/** A well-formed session id of another project or application. */
function foreignSessionLike(projectId: string): string {
  return unknownSessionOf(/^\d+$/.test(projectId) ? '11111111' : '00000000-0000-4000-8000-0000000000aa');
}

/** The next request to a path matching `path` answers `status` with `body`. */
async function fault(method: string, path: string, status: number, body?: unknown): Promise<void> {
  const response = await fetch(`${emu.url}/emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method, path, status, ...(body === undefined ? {} : { body }) }),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  emu = await createEmulator({ strict: true });
});

afterEach(async () => {
  await fetch(`${emu.url}/emulator/faults`, { method: 'DELETE' });
});

afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
  await emu.close();
});

describe.each(rows)('the $name provider of the OpenTok REST surface', (row) => {
  let provider: VideoProvider;
  beforeAll(() => {
    provider = row.create();
    opened.push(provider);
  });

  /** The message names this platform and never the other one. */
  const expectNamed = (message: string): void => {
    expect(message).toContain(row.platform);
    expect(message).not.toContain(row.other);
  };

  it('should name the platform when an archive, broadcast or render id cannot be one of its ids', async () => {
    const archive = await failure(provider.stopArchive('not-a-uuid'));
    expect(archive).toMatchObject({ code: 'NOT_FOUND', message: `archive not found: ${row.platform} archive ids are UUIDs` });
    const broadcast = await failure(provider.stopBroadcast('not-a-uuid'));
    expect(broadcast).toMatchObject({ code: 'NOT_FOUND', message: `broadcast not found: ${row.platform} broadcast ids are UUIDs` });
    const render = await failure(provider.stopRender('not-a-uuid'));
    expect(render).toMatchObject({ code: 'NOT_FOUND', message: `render not found: ${row.platform} render ids are UUIDs` });
    for (const error of [archive, broadcast, render]) expectNamed(error.message);
  });

  it('should name the platform when it does not know the session of an archive, a broadcast or a render', async () => {
    const sessionId = unknownSessionOf(row.projectId());
    const expected = `session not found: ${row.platform} does not know this session`;
    await fault('POST', '/archive$', 404);
    expect(await failure(provider.startArchive({ sessionId }))).toMatchObject({ code: 'NOT_FOUND', message: expected });
    await fault('POST', '/broadcast$', 404);
    const broadcast = await failure(provider.startBroadcast({ sessionId, hls: {} }));
    expect(broadcast).toMatchObject({ code: 'NOT_FOUND', message: expected });
    await fault('POST', '/render$', 404);
    const render = await failure(provider.startRender({ sessionId, url: 'https://example.com/' }));
    expect(render).toMatchObject({ code: 'NOT_FOUND', message: expected });
    for (const error of [broadcast, render]) expectNamed(error.message);
  });

  it('should name the platform and pass its own message on when it refuses a request', async () => {
    const sessionId = unknownSessionOf(row.projectId());
    await fault('POST', '/archive$', 400, { code: 400, message: 'Invalid archive options' });
    const archive = await failure(provider.startArchive({ sessionId }));
    expect(archive).toMatchObject({ code: 'BAD_USER_INPUT', message: `${row.platform} refused the request: Invalid archive options` });
    await fault('POST', '/broadcast$', 400, { code: 400, message: 'Invalid broadcast options' });
    const broadcast = await failure(provider.startBroadcast({ sessionId, hls: {} }));
    expect(broadcast).toMatchObject({ code: 'BAD_USER_INPUT', message: `${row.platform} refused the request: Invalid broadcast options` });
    await fault('POST', '/session/create$', 400, { code: 400, message: 'Invalid location' });
    const session = await failure(provider.createSession({ location: '10.0.0.1' }));
    expect(session).toMatchObject({ code: 'BAD_USER_INPUT', message: `${row.platform} refused the session options: Invalid location` });
    await fault('POST', '/archive$', 400, { code: 400, message: 'eyJhbGciOiJIUzI1NiJ9.secret.sig' });
    const hidden = await failure(provider.startArchive({ sessionId }));
    expect(hidden.message).toBe(`${row.platform} refused the request as invalid; check the input`);
    for (const error of [archive, broadcast, session, hidden]) expectNamed(error.message);
  });

  it("should name the platform's own settings when it refuses the gateway's credentials, broadcasts included", async () => {
    await fault('GET', '/archive$', 401);
    expect(await failure(provider.listArchives({ offset: 0, count: 10 }))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      message: row.credentials,
    });
    await fault('GET', '/broadcast$', 403);
    const broadcast = await failure(provider.listBroadcasts({ offset: 0, count: 10 }));
    expect(broadcast).toMatchObject({ code: 'UPSTREAM_ERROR', message: row.credentials });
    expectNamed(broadcast.message);
  });

  it('should name the platform on a conflict, an oversized request and a missing session endpoint', async () => {
    await fault('PUT', '/layout$', 409);
    const conflict = await failure(provider.setBroadcastLayout(UNKNOWN_UUID, { type: 'BEST_FIT' }));
    expect(conflict).toMatchObject({ code: 'CONFLICT', message: `${row.platform} reported a conflict with the current state` });
    await fault('POST', '/render$', 413);
    const tooLarge = await failure(provider.startRender({ sessionId: unknownSessionOf(row.projectId()), url: 'https://example.com/' }));
    expect(tooLarge).toMatchObject({ code: 'BAD_USER_INPUT', message: `the request is too large for ${row.platform}` });
    await fault('POST', '/session/create$', 404);
    const endpoint = await failure(provider.createSession({}));
    expect(endpoint).toMatchObject({
      code: 'NOT_FOUND',
      message: `${row.platform} did not find the session endpoint; check ${row.urlSetting}`,
    });
    for (const error of [conflict, tooLarge, endpoint]) expectNamed(error.message);
  });

  it('should name the platform and what owns its sessions when a session id is not its own', async () => {
    const notOurs = await failure(provider.startArchive({ sessionId: foreignSessionLike(row.projectId()) }));
    expect(notOurs).toMatchObject({ code: 'BAD_USER_INPUT', message: `input.sessionId: this session does not belong to ${row.owner}` });
    const notAnId = await failure(provider.startBroadcast({ sessionId: 'not-a-session', hls: {} }));
    expect(notAnId).toMatchObject({ code: 'BAD_USER_INPUT', message: `input.sessionId: this is not a session id of ${row.platform}` });
    for (const error of [notOurs, notAnId]) expectNamed(error.message);
  });

  it('should name the platform in the hints of what it cannot do', async () => {
    const listing = await failure(provider.listSessions());
    expect(listing).toMatchObject({
      code: 'UNSUPPORTED_BY_PROVIDER',
      message: `${provider.name} does not support listing sessions: ${row.platform} keeps no list of sessions; store the ids you create`,
    });
    const connections = await failure(provider.listConnections('unused'));
    expect(connections.message).toContain(`${row.platform} has no REST call for it; use session monitoring callbacks`);
    const closing = await failure(provider.closeSession('unused'));
    expect(closing.message).toContain(`${row.platform} sessions never close; disconnect its clients instead`);
    const camera = await failure(
      provider.connectIpCamera({ sessionId: unknownSessionOf(row.projectId()), rtspUri: 'rtsp://example.com/cam' }),
    );
    expect(camera.message).toContain(`${row.platform} has no IP camera connections`);
    // The GraphQL layer's refusal reads the declared hints.
    let refused: unknown;
    try {
      requireSupport(provider, { field: 'input.ipCamera', feature: 'ipCameras' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER' });
    expect((refused as Error).message).toContain(`${row.platform} has no IP camera connections`);
    for (const error of [listing, connections, closing, camera, refused as Error]) expectNamed(error.message);
    for (const hint of Object.values(provider.capabilities.hints ?? {})) expect(hint).not.toContain(row.other);
  });

  it('should read its display name from the provider it serves', () => {
    expect(surfacePlatform(provider.name).displayName).toBe(row.platform);
  });
});

describe('the platform names of the surface', () => {
  it('should refuse a provider the surface does not serve', () => {
    expect(() => surfacePlatform('OPENVIDU')).toThrow(/OPENVIDU is not served by the OpenTok REST surface/);
  });
});
