import { afterAll, describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createOpenTokProvider } from '../../src/providers/opentok/index.js';
import { createOpenViduProvider } from '../../src/providers/openvidu/index.js';
import type { ProviderCapabilities, VideoProvider } from '../../src/providers/types.js';
import { requireSupport } from '../../src/schema/capabilities.js';

/** A provider that only declares what it supports: what a new adapter would do. */
function declaring(capabilities: Partial<ProviderCapabilities>): VideoProvider {
  const base: ProviderCapabilities = {
    archives: false,
    sip: false,
    signals: false,
    forceDisconnect: false,
    connections: false,
    forceUnpublish: false,
    closeSession: false,
    listSessions: false,
    customSessionIds: false,
    webhooks: false,
    broadcasts: false,
    archiveLayouts: false,
    archiveStreams: false,
    streamLayoutClasses: false,
    forceMute: false,
    renders: false,
    audioConnector: false,
    captions: false,
    ipCameras: false,
    tokenFormats: ['JWT'],
    roles: ['PUBLISHER', 'SUBSCRIBER'],
    options: {
      createSession: ['mediaMode'],
      generateToken: ['role', 'format'],
      startArchive: [],
      dialSip: [],
      signal: [],
      startBroadcast: [],
    },
  };
  return { name: 'VONAGE', capabilities: { ...base, ...capabilities } } as unknown as VideoProvider;
}

function refusal(fn: () => void): GatewayError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a refusal');
}

describe('one generic refusal of what a provider does not declare', () => {
  const provider = declaring({ hints: { sip: 'dial from your PBX instead' } });

  it('should refuse a missing feature, naming the provider and the argument, with its hint', () => {
    const error = refusal(() => requireSupport(provider, { feature: 'sip', field: 'input.sessionId' }));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', details: { field: 'input.sessionId', provider: 'VONAGE' } });
    expect(error.message).toBe('input.sessionId: VONAGE cannot dial SIP: dial from your PBX instead');
    expect(refusal(() => requireSupport(provider, { feature: 'archives', field: 'id' })).message).toMatch(/see the providers query/);
  });

  it('should refuse an option set by the caller that the provider does not declare', () => {
    const error = refusal(() =>
      requireSupport(provider, {
        field: 'input.provider',
        operation: 'createSession',
        options: { mediaMode: 'ROUTED', location: '10.0.0.1' },
      }),
    );
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_PROVIDER', details: { field: 'input.location', provider: 'VONAGE' } });
    expect(error.message).toMatch(/^input\.location: VONAGE does not support this option/);
  });

  it('should refuse a role or a token format the provider does not accept', () => {
    const role = refusal(() =>
      requireSupport(provider, { field: 'input.sessionId', operation: 'generateToken', options: { role: 'MODERATOR' } }),
    );
    expect(role).toMatchObject({ details: { field: 'input.role' } });
    expect(role.message).toBe('input.role: VONAGE does not accept MODERATOR (it accepts PUBLISHER, SUBSCRIBER)');
    const format = refusal(() =>
      requireSupport(provider, { field: 'input.sessionId', operation: 'generateToken', options: { format: 'T1' } }),
    );
    expect(format).toMatchObject({ details: { field: 'input.format' } });
  });

  it('should let through what asks for nothing: absent, null, an empty list, false where false is the default', () => {
    expect(() =>
      requireSupport(provider, {
        field: 'input.provider',
        operation: 'createSession',
        options: { location: undefined, archiveName: null, e2ee: false, allowTranscoding: false },
      }),
    ).not.toThrow();
    expect(() =>
      requireSupport(provider, { field: 'input.sessionId', operation: 'generateToken', options: { initialLayoutClassList: [] } }),
    ).not.toThrow();
    // record defaults to true: false asks for something.
    expect(
      refusal(() => requireSupport(provider, { field: 'input.sessionId', operation: 'generateToken', options: { record: false } })).details
        .field,
    ).toBe('input.record');
  });
});

describe("the adapters' declarations", () => {
  const adapters = [
    createOpenTokProvider({ apiKey: '12345678', apiSecret: 'x'.repeat(40), apiUrl: 'http://127.0.0.1:1' }),
    createOpenViduProvider({ url: 'http://127.0.0.1:1', secret: 'secret' }),
  ];
  afterAll(async () => {
    await Promise.all(adapters.map((p) => p.close()));
  });

  it.each(adapters.map((p) => [p.name, p] as const))(
    'should declare custom session ids both as a feature and as an option (%s)',
    (_, p) => {
      expect(p.capabilities.options.createSession.includes('customSessionId')).toBe(p.capabilities.customSessionIds);
    },
  );

  it.each(adapters.map((p) => [p.name, p] as const))('should declare dialSip options only if it can dial SIP (%s)', (_, p) => {
    if (!p.capabilities.sip) expect(p.capabilities.options.dialSip).toEqual([]);
  });
});
