import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { configuredProviders } from '../../src/providers/catalog.js';

const OPENTOK = { OPENTOK_API_KEY: '12345678', OPENTOK_API_SECRET: 'a'.repeat(40), OPENTOK_API_URL: 'http://127.0.0.1:1' };
const OPENVIDU = { OPENVIDU_URL: 'http://127.0.0.1:1', OPENVIDU_SECRET: 'MY_SECRET' };

describe('the provider catalog', () => {
  it.each([
    [{}, []],
    [OPENTOK, ['OPENTOK']],
    [OPENVIDU, ['OPENVIDU']],
    [{ ...OPENVIDU, ...OPENTOK }, ['OPENTOK', 'OPENVIDU']],
  ])('should build the providers %j configures, in catalog order', async (env, names) => {
    const providers = configuredProviders(loadConfig(env), silentLogger);
    expect(providers.map((p) => p.name)).toEqual(names);
    await Promise.all(providers.map((p) => p.close()));
  });
});
