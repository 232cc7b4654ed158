/**
 * The adapter reads both what the official SDKs' recordings and fixtures show the platform
 * answering and what the REST reference documents (docs/providers/opentok.md#recorded-vs-documented).
 * A local HTTP server replays each shape.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { parseErrorBody } from '../../src/providers/opentok/errors.js';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import type { VideoProvider } from '../../src/providers/types.js';

const API_KEY = '123456';
const API_SECRET = 'recorded-test-secret-0123456789abcdef';
const SESSION_ID = `1_${Buffer.from(`1~${API_KEY}~~1700000000000~abcdefghijklmnopqrstuvwx~~~`).toString('base64url')}`;
const ARCHIVE_ID = '30b3ebf1-ba36-4f5b-8def-6f70d9986fe9';

interface Reply {
  status: number;
  contentType?: string;
  body?: string;
}

let server: Server;
let provider: VideoProvider;
let reply: Reply = { status: 204 };

function answer(status: number, body: unknown, contentType = 'application/json'): void {
  reply = { status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(reply.status, reply.contentType ? { 'content-type': reply.contentType } : {});
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = createOpenTokProvider({ apiKey: API_KEY, apiSecret: API_SECRET, apiUrl: url });
});

afterAll(async () => {
  await provider.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GatewayError) return error.code;
    throw error;
  }
  return 'none';
}

describe('recorded and documented OpenTok answers, read by the adapter', () => {
  it.each([
    [
      'the JSON array of the Node SDK fixtures',
      'application/json',
      [
        {
          session_id: SESSION_ID,
          project_id: API_KEY,
          partner_id: API_KEY,
          create_dt: 'Fri Nov 18 15:50:36 PST 2016',
          media_server_url: '',
        },
      ],
    ],
    [
      'the JSON array of the Vonage SDK fixtures, without partner_id',
      'application/json',
      [{ session_id: SESSION_ID, project_id: API_KEY, create_dt: 'x', media_server_url: 'ignore' }],
    ],
    ['a bare object', 'application/json', { session_id: SESSION_ID }],
    [
      "the Ruby SDK's recorded XML, create_dt wrapped over two lines",
      'text/xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sessions><Session><session_id>${SESSION_ID}</session_id><partner_id>${API_KEY}</partner_id><create_dt>Mon\n        Mar 17 00:41:31 PDT 2014</create_dt></Session></sessions>`,
    ],
  ])('should read the session id from %s', async (_name, contentType, body) => {
    answer(200, body, contentType);
    const session = await provider.createSession({});
    expect(session.sessionId).toBe(SESSION_ID);
  });

  it('should read the 2014 archive answer: numeric partnerId, no projectId or updatedAt, "" name and reason', async () => {
    answer(200, {
      createdAt: 1395183243556,
      duration: 0,
      id: ARCHIVE_ID,
      name: '',
      partnerId: 123456,
      reason: '',
      sessionId: SESSION_ID,
      size: 0,
      status: 'started',
      url: null,
    });
    const archive = await provider.getArchive(ARCHIVE_ID);
    expect(archive).toMatchObject({ archiveId: ARCHIVE_ID, status: 'STARTED', name: null, reason: null, url: null, size: 0, duration: 0 });
    expect(archive?.createdAt.getTime()).toBe(1395183243556);
    expect(archive?.hasAudio).toBe(true);
    expect(archive?.outputMode).toBe('COMPOSED');
  });

  it('should read the Node fixture archive: string projectId, null name, "" sha256sum and password', async () => {
    answer(200, {
      id: ARCHIVE_ID,
      status: 'available',
      name: null,
      reason: 'user initiated',
      sessionId: SESSION_ID,
      projectId: 'APIKEY',
      createdAt: 1480749999326,
      size: 347533,
      duration: 27,
      outputMode: 'composed',
      hasAudio: true,
      hasVideo: true,
      sha256sum: '',
      password: '',
      updatedAt: 1480749999476,
      url: 'http://tokbox.com.archive2.s3.amazonaws.com/123456/x/archive.mp4',
      partnerId: 'APIKEY',
    });
    const archive = await provider.getArchive(ARCHIVE_ID);
    expect(archive).toMatchObject({ status: 'AVAILABLE', name: null, reason: 'user initiated', size: 347533, duration: 27 });
    expect(archive?.url).toMatch(/archive\.mp4$/);
  });

  it('should read an expired archive with a size and a null url, and a Vonage answer with maxBitrate 0', async () => {
    answer(200, {
      createdAt: 1395187836000,
      duration: 62,
      id: ARCHIVE_ID,
      name: '',
      partnerId: 123456,
      reason: '',
      sessionId: SESSION_ID,
      size: 8347554,
      status: 'expired',
      url: null,
    });
    expect(await provider.getArchive(ARCHIVE_ID)).toMatchObject({ status: 'EXPIRED', size: 8347554, url: null });
    answer(200, {
      createdAt: 1384221730555,
      duration: 0,
      id: ARCHIVE_ID,
      name: 'n',
      outputMode: 'composed',
      projectId: 234567,
      reason: '',
      resolution: '640x480',
      sessionId: SESSION_ID,
      size: 0,
      status: 'started',
      streamMode: 'auto',
      maxBitrate: 0,
      url: null,
    });
    expect(await provider.getArchive(ARCHIVE_ID)).toMatchObject({ status: 'STARTED', resolution: '640x480', streamMode: 'AUTO' });
  });

  it('should read a recorded archive list whose items carry only the 2014 fields', async () => {
    const item = (id: string, status: string) => ({
      createdAt: 1395187930000,
      duration: 22,
      id,
      name: '',
      partnerId: 123456,
      reason: '',
      sessionId: SESSION_ID,
      size: 2909274,
      status,
      url: null,
    });
    answer(200, { count: 6, items: [item(ARCHIVE_ID, 'available'), item('5350f06f-0166-402e-bc27-09ba54948512', 'paused')] });
    const page = await provider.listArchives({ offset: 0, count: 2 });
    expect(page.totalCount).toBe(6);
    expect(page.items.map((a) => a.status)).toEqual(['AVAILABLE', 'PAUSED']);
  });

  it.each([
    ['the documented body', { code: 404, message: 'Archive not found' }],
    ['the recorded code -1 body', { code: -1, message: 'Not found. You passed in an invalid archive ID.' }],
    ['the Node fixture body', '{ "message" : "null" }'],
  ])('should read a get 404 with %s as no archive, and a stop 404 as NOT_FOUND', async (_name, body) => {
    answer(404, body);
    expect(await provider.getArchive(ARCHIVE_ID)).toBeNull();
    expect(await codeOf(provider.stopArchive(ARCHIVE_ID))).toBe('NOT_FOUND');
  });

  it('should read the recorded stop 409 as CONFLICT', async () => {
    answer(409, '{ "message" : "Conflict. You are trying to stop an archive that is not recording." }');
    expect(await codeOf(provider.stopArchive(ARCHIVE_ID))).toBe('CONFLICT');
  });

  it.each([
    ['the Node fixture: id, connectionId, streamId only', { id: 'CONFERENCEID', connectionId: 'CONNECTIONID', streamId: 'STREAMID' }],
    [
      'the Ruby recording: projectId a string, with timestamps',
      {
        id: 'CONFERENCEID',
        projectId: '123456',
        sessionId: SESSION_ID,
        connectionId: 'CONNECTIONID',
        streamId: 'STREAMID',
        createdAt: 1492468803946,
        updatedAt: 1492468803946,
      },
    ],
    ['a numeric projectId', { id: 'CONFERENCEID', projectId: 123456, connectionId: 'CONNECTIONID', streamId: 'STREAMID' }],
  ])('should read the SIP dial answer of %s', async (_name, body) => {
    answer(200, body);
    const call = await provider.dialSip({ sessionId: SESSION_ID, uri: 'sip:+15128675309@acme.pstn.example.com;transport=tls' });
    expect(call).toMatchObject({ connectionId: 'CONNECTIONID', streamId: 'STREAMID' });
  });

  it.each([
    ['204 without a body (documented, recorded)', { status: 204 }],
    ['200 without a body (the Vonage SDK fixtures)', { status: 200 }],
    ['200 with an XML body', { status: 200, contentType: 'application/xml', body: '<?xml version="1.0"?><ok/>' }],
  ])('should accept signal and force disconnect answered %s', async (_name, r: Reply) => {
    reply = r;
    await expect(provider.signal({ sessionId: SESSION_ID, connectionId: 'CONNID', type: 'chat', data: 'Hello' })).resolves.toBeUndefined();
    await expect(provider.forceDisconnect(SESSION_ID, 'CONNID')).resolves.toBeUndefined();
  });

  it('should read the recorded XML errorPayload and the JSON code -1 body alike', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><errorPayload><code>-1</code><message>Issuer\n        not found</message><description>Issuer not found</description></errorPayload>';
    expect(parseErrorBody(xml)).toEqual({ code: -1, message: 'Issuer\n        not found' });
    expect(parseErrorBody('{"code":-1,"message":"Issuer not found","description":"Issuer not found"}')).toEqual({
      code: -1,
      message: 'Issuer not found',
    });
  });
});
