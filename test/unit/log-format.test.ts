import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const PRODUCTION = { NODE_ENV: 'production', AUTH_DISABLED: 'true', EMULATOR_EMBEDDED: 'true' };

describe('LOG_FORMAT and the listening ports (src/config.ts)', () => {
  it('should log pretty outside production and JSON in production, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'test' }).logFormat).toBe('pretty');
    expect(loadConfig(PRODUCTION).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(loadConfig({ ...PRODUCTION, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });

  it('should refuse an unknown LOG_FORMAT, naming it', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/^LOG_FORMAT: /);
  });

  it("should refuse the embedded emulator on the gateway's own port, and allow it when a provider is configured", () => {
    expect(() => loadConfig({ PORT: '4010' })).toThrow(/^EMULATOR_PORT: must differ from PORT \(both are 4010\)/);
    expect(loadConfig({ PORT: '0', EMULATOR_PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '4010', OPENVIDU_URL: 'http://127.0.0.1:5443', OPENVIDU_SECRET: 'MY_SECRET' }).port).toBe(4010);
  });
});
