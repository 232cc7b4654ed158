import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { rest, startEmulator } from './helpers.js';

/** opentok-node's decodeSessionId, re-typed here so the test checks the SDK's reading. */
function sdkDecode(sessionId: string): string[] {
  const body = sessionId.substring(2).replace(/-/g, '+').replace(/_/g, '/');
  return Buffer.from(body, 'base64').toString('ascii').split('~');
}

describe('POST /session/create', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ opentok: { apiKey: '46183452', apiSecret: 'c'.repeat(40) } });
  });
  afterAll(() => emu.close());

  it('should answer a JSON array when asked for JSON', async () => {
    const before = Date.now();
    const res = await rest(emu, 'POST', '/session/create', { form: { archiveMode: 'manual', 'p2p.preference': 'enabled' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.json).toHaveLength(1);
    const [s] = res.json;
    expect(Object.keys(s).sort()).toEqual(['create_dt', 'media_server_url', 'partner_id', 'project_id', 'session_id']);
    expect(s.project_id).toBe('46183452');
    expect(s.partner_id).toBe('46183452');
    expect(s.media_server_url).toBe('');
    expect(s.create_dt).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);

    expect(s.session_id).toMatch(/^1_[A-Za-z0-9_-]+$/);
    const fields = sdkDecode(s.session_id);
    expect(fields[0]).toBe('1');
    expect(fields[1]).toBe('46183452');
    expect(fields[2]).toBe('');
    expect(Number(fields[3])).toBeGreaterThanOrEqual(before);
    expect(fields[4]).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(fields.slice(5)).toEqual(['', '', '']);
  });

  it('should mint distinct ids', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await rest(emu, 'POST', '/session/create', { form: {} })).json[0].session_id as string),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it('should put the location hint in the id', async () => {
    const res = await rest(emu, 'POST', '/session/create', { form: { location: '10.1.2.3', 'p2p.preference': 'disabled' } });
    expect(sdkDecode(res.json[0].session_id)[2]).toBe('10.1.2.3');
  });

  it('should answer XML when JSON is not asked for', async () => {
    const res = await rest(emu, 'POST', '/session/create', { form: {}, headers: { accept: '*/*' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml');
    const m =
      /<sessions><Session><session_id>([^<]+)<\/session_id><partner_id>46183452<\/partner_id><create_dt>[^<]+<\/create_dt><\/Session><\/sessions>$/.exec(
        res.text,
      );
    expect(m).not.toBeNull();
    expect(res.text.startsWith('<?xml')).toBe(true);
    expect(sdkDecode(m?.[1] ?? '')[1]).toBe('46183452');
  });

  it('should record the options in the state', async () => {
    const res = await rest(emu, 'POST', '/session/create', {
      form: { archiveMode: 'always', 'p2p.preference': 'disabled', archiveName: 'weekly', archiveResolution: '1280x720' },
    });
    const state = emu.state() as { sessions: Array<Record<string, unknown>> };
    const session = state.sessions.find((s) => s.sessionId === res.json[0].session_id);
    expect(session).toMatchObject({
      mediaMode: 'routed',
      archiveMode: 'always',
      archiveName: 'weekly',
      archiveResolution: '1280x720',
      e2ee: false,
    });
  });

  it('should treat location=null as unset (as @vonage/video sends it)', async () => {
    const res = await rest(emu, 'POST', '/session/create', { form: { location: 'null' } });
    expect(res.status).toBe(200);
    expect(sdkDecode(res.json[0].session_id)[2]).toBe('');
  });

  it.each([
    ['always with relayed', { archiveMode: 'always', 'p2p.preference': 'enabled' }, /routed/],
    ['always with default media mode', { archiveMode: 'always' }, /routed/],
    ['e2ee with relayed', { e2ee: 'true', 'p2p.preference': 'enabled' }, /routed/],
    ['e2ee with always', { e2ee: 'true', archiveMode: 'always', 'p2p.preference': 'disabled' }, /always/],
    ['a bad location', { location: '999.1.1.1' }, /location/],
    ['an IPv6 location', { location: '::1' }, /location/],
    ['an unknown p2p.preference', { 'p2p.preference': 'maybe' }, /p2p\.preference/],
    ['an unknown archiveMode', { archiveMode: 'sometimes' }, /archiveMode/],
    ['an empty archiveName', { archiveName: '', archiveMode: 'always', 'p2p.preference': 'disabled' }, /archiveName/],
    ['an 81-character archiveName', { archiveName: 'x'.repeat(81), archiveMode: 'always', 'p2p.preference': 'disabled' }, /archiveName/],
    ['archiveResolution with manual', { archiveResolution: '640x480', 'p2p.preference': 'disabled' }, /archiveResolution/],
    [
      'an unknown archiveResolution',
      { archiveResolution: '800x600', archiveMode: 'always', 'p2p.preference': 'disabled' },
      /archiveResolution/,
    ],
    ['a non-boolean e2ee', { e2ee: 'yes', 'p2p.preference': 'disabled' }, /e2ee/],
  ])('should refuse %s with 400', async (_name, form, message) => {
    const res = await rest(emu, 'POST', '/session/create', { form: form as Record<string, string> });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe(400);
    expect(res.json.message).toMatch(message);
  });

  it('should refuse a JSON body, which the real endpoint would not read', async () => {
    const res = await rest(emu, 'POST', '/session/create', { body: { 'p2p.preference': 'disabled' } });
    expect(res.status).toBe(415);
  });

  it('should accept an 80-character archiveName and e2ee with routed', async () => {
    const a = await rest(emu, 'POST', '/session/create', {
      form: { archiveName: 'x'.repeat(80), archiveMode: 'always', 'p2p.preference': 'disabled' },
    });
    expect(a.status).toBe(200);
    const b = await rest(emu, 'POST', '/session/create', { form: { e2ee: 'true', 'p2p.preference': 'disabled' } });
    expect(b.status).toBe(200);
  });
});
