import { describe, expect, it } from 'vitest';
import { verifyClientToken } from '../../src/emulator/opentok/client-tokens.js';
import { decodeSessionId, mintSessionId } from '../../src/emulator/opentok/session-ids.js';

describe('T1 client tokens', () => {
  // The worked T1 example (fake secret "docsecret", apiKey 123456).
  const project = { apiKey: '123456', apiSecret: 'docsecret' };
  const example =
    'T1==cGFydG5lcl9pZD0xMjM0NTYmc2lnPTBhNTdhMDU5OTkyYzA2YmNmZTk3ZmI1ZGVjNGViYmFjYTQwMDJlNjQ6c2Vzc2lvbl9pZD0xX01YNHhNak0wTlRaLWZsTmhkQ0JOWVhJZ01UVWdNVFE2TkRJNk1qTWdVRVJVSURJd01UUi1NQzQwT1RBeE16QXlOWDQmY3JlYXRlX3RpbWU9MTcwMDAwMDAwMCZleHBpcmVfdGltZT0xNzAwMDg2NDAwJm5vbmNlPTAuNSZyb2xlPXB1Ymxpc2hlcg==';

  it('should verify the worked example of the notes while it is valid', async () => {
    const verdict = await verifyClientToken(example, project, 1_700_000_000_000);
    expect(verdict).toEqual({
      ok: true,
      grant: {
        tokenType: 't1',
        sessionId: '1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4',
        role: 'publisher',
        connectionData: null,
        initialLayoutClassList: [],
        expiresAt: 1_700_086_400,
      },
    });
  });

  it('should refuse the same token once expired, or with another secret', async () => {
    expect(await verifyClientToken(example, project, 1_700_200_000_000)).toEqual({ ok: false, reason: 'Token has expired' });
    const wrong = await verifyClientToken(example, { ...project, apiSecret: 'nope' }, 1_700_000_000_000);
    expect(wrong.ok).toBe(false);
  });
});

describe('session ids', () => {
  it('should round-trip the fields, URL-safe and unpadded', () => {
    const id = mintSessionId('46183452', '', 1672888668177, 'CbP9xoAfEOj+WaDmBxO0va3B');
    expect(id).toMatch(/^1_[A-Za-z0-9_-]+$/);
    expect(Buffer.from(id.slice(2).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')).toBe(
      '1~46183452~~1672888668177~CbP9xoAfEOj+WaDmBxO0va3B~~~',
    );
    expect(decodeSessionId(id)).toEqual({
      version: '1',
      apiKey: '46183452',
      location: '',
      createdAt: 1672888668177,
      random: 'CbP9xoAfEOj+WaDmBxO0va3B',
    });
  });

  it('should decode the old id layout from the notes (Java date)', () => {
    const decoded = decodeSessionId('1_MX4xMjM0NTZ-flNhdCBNYXIgMTUgMTQ6NDI6MjMgUERUIDIwMTR-MC40OTAxMzAyNX4');
    expect(decoded?.apiKey).toBe('123456');
  });

  it('should refuse ids not in the OpenTok format', () => {
    expect(decodeSessionId('garbage')).toBeNull();
    expect(decodeSessionId('3_abc')).toBeNull();
    expect(decodeSessionId('1_')).toBeNull();
  });
});
