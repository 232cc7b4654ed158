import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('should default to the embedded emulator on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', opentok: null, env: 'development' });
    expect(config.emulator).toMatchObject({ port: 4010, strict: false });
  });

  it('should read an OpenTok project', () => {
    const config = loadConfig({ OPENTOK_API_KEY: '12345678', OPENTOK_API_SECRET: 'a'.repeat(40), OPENTOK_API_URL: 'http://127.0.0.1:9/' });
    expect(config.opentok).toEqual({ apiKey: '12345678', apiSecret: 'a'.repeat(40), apiUrl: 'http://127.0.0.1:9' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ OPENTOK_API_KEY: 'abc', OPENTOK_API_SECRET: 'x'.repeat(40) }, 'OPENTOK_API_KEY'],
    [{ OPENTOK_API_KEY: '123456' }, 'OPENTOK_API_SECRET'],
    [{ OPENTOK_API_SECRET: 'x'.repeat(40) }, 'OPENTOK_API_KEY'],
    [{ OPENTOK_API_URL: 'ftp://example.com' }, 'OPENTOK_API_URL'],
    [{ EMULATOR_STRICT: 'yes' }, 'EMULATOR_STRICT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CORS_ORIGINS: '*', NODE_ENV: 'production' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'example.com' }, 'CORS_ORIGINS'],
    [{ OPENVIDU_URL: 'https://ov.example.com' }, 'OPENVIDU_SECRET'],
    [{ OPENVIDU_SECRET: 'MY_SECRET' }, 'OPENVIDU_URL'],
    [{ OPENVIDU_URL: 'not a url', OPENVIDU_SECRET: 'MY_SECRET' }, 'OPENVIDU_URL'],
    [{ OPENVIDU_URL: 'https://ov.example.com', OPENVIDU_SECRET: 'MY_SECRET', DEFAULT_PROVIDER: 'OPENTOK' }, 'DEFAULT_PROVIDER'],
    [{ DEFAULT_PROVIDER: 'ZOOM' }, 'DEFAULT_PROVIDER'],
    [{ VONAGE_APPLICATION_ID: 'c0ffee' }, 'VONAGE_APPLICATION_ID'],
    [{ SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS'],
    [{ SHUTDOWN_GRACE_MS: '1.5' }, 'SHUTDOWN_GRACE_MS'],
    [{ SHUTDOWN_DELAY_MS: 'soon' }, 'SHUTDOWN_DELAY_MS'],
    [{ SHUTDOWN_DELAY_MS: '60001' }, 'SHUTDOWN_DELAY_MS'],
  ])('should name the bad variable in %j', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(`${variable}: `)).toBe(true);
  });

  it('should read an OpenVidu deployment and a default provider', () => {
    const config = loadConfig({
      OPENVIDU_URL: 'https://ov.example.com/',
      OPENVIDU_SECRET: 'MY_SECRET',
      OPENVIDU_WEBHOOK_TOKEN: 'hook-token-123',
      OPENTOK_API_KEY: '12345678',
      OPENTOK_API_SECRET: 'a'.repeat(40),
      DEFAULT_PROVIDER: 'OPENVIDU',
    });
    expect(config.openvidu).toEqual({ url: 'https://ov.example.com', secret: 'MY_SECRET' });
    expect(config.openviduWebhookToken).toBe('hook-token-123');
    expect(config.defaultProvider).toBe('OPENVIDU');
  });

  it('should never echo a secret value in its error', () => {
    const secret = 'short-secret';
    expect(() => loadConfig({ OPENTOK_API_KEY: '123', OPENTOK_API_SECRET: secret })).toThrow(ConfigError);
    try {
      loadConfig({ OPENTOK_API_KEY: '123', OPENTOK_API_SECRET: secret });
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
  });

  it('should drain for longer than the upstream deadline (8 s) by default, with a readiness window in production only', () => {
    expect(loadConfig({}).shutdown).toEqual({ delayMs: 0, graceMs: 10_000 });
    const production = loadConfig({ NODE_ENV: 'production', AUTH_DISABLED: 'true', EMULATOR_EMBEDDED: 'true' });
    expect(production.shutdown).toEqual({ delayMs: 5000, graceMs: 10_000 });
    expect(loadConfig({ SHUTDOWN_DELAY_MS: '250', SHUTDOWN_GRACE_MS: '0' }).shutdown).toEqual({ delayMs: 250, graceMs: 0 });
  });
});
