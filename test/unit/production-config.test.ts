/**
 * Caller auth and the production rules in the configuration (src/config.ts): production never
 * runs open or on the emulator by omission; GraphiQL and introspection are off there unless asked.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 's'.repeat(32);
const OPENTOK = { OPENTOK_API_KEY: '12345678', OPENTOK_API_SECRET: 'a'.repeat(40) };

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(Object.keys(env))}`);
}

describe('caller auth and production rules', () => {
  it('should stop production without caller auth, naming the variable in one line', () => {
    const error = refusal({ NODE_ENV: 'production', ...OPENTOK });
    expect(error.variable).toBe('AUTH_JWKS_URL');
    expect(error.message).toMatch(/^AUTH_JWKS_URL: .*AUTH_JWT_SECRET.*AUTH_DISABLED=true/);
    expect(error.message).not.toContain('\n');
  });

  it('should stop production without provider credentials unless EMULATOR_EMBEDDED=true', () => {
    const error = refusal({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET });
    expect(error.variable).toBe('EMULATOR_EMBEDDED');
    expect(error.message).toMatch(/OPENTOK_API_KEY.*OPENVIDU_URL/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET, EMULATOR_EMBEDDED: 'true' }).emulatorEmbedded).toBe(true);
  });

  it('should run production open only with AUTH_DISABLED=true, and never print the secret', () => {
    const open = loadConfig({ NODE_ENV: 'production', AUTH_DISABLED: 'true', ...OPENTOK });
    expect(open).toMatchObject({ auth: null, authDisabled: true });
    const error = refusal({ AUTH_JWT_SECRET: 'short-secret' });
    expect(error.variable).toBe('AUTH_JWT_SECRET');
    expect(error.message).not.toContain('short-secret');
  });

  it.each([
    [{ AUTH_JWKS_URL: 'https://id.example.com/jwks', AUTH_JWT_SECRET: SECRET }, 'AUTH_JWT_SECRET'],
    [{ AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL'],
    [{ AUTH_JWT_SECRET: SECRET, AUTH_DISABLED: 'true' }, 'AUTH_DISABLED'],
    [{ AUTH_ISSUER: 'https://id.example.com/' }, 'AUTH_ISSUER'],
    [{ AUTH_AUDIENCE: 'gateway' }, 'AUTH_AUDIENCE'],
    [{ GRAPHIQL: 'maybe' }, 'GRAPHIQL'],
    [{ NODE_ENV: 'production', AUTH_JWKS_URL: 'http://id.example.com/jwks', ...OPENTOK }, 'AUTH_JWKS_URL'],
  ])('should name the bad variable in %j', (env, variable) => {
    expect(refusal(env).variable).toBe(variable);
  });

  it('should read the auth settings', () => {
    const config = loadConfig({
      AUTH_JWKS_URL: 'https://id.example.com/jwks',
      AUTH_ISSUER: 'https://id.example.com/',
      AUTH_AUDIENCE: 'gw',
    });
    expect(config.auth).toEqual({
      jwksUrl: 'https://id.example.com/jwks',
      jwtSecret: null,
      issuer: 'https://id.example.com/',
      audience: 'gw',
    });
    expect(loadConfig({}).auth).toBeNull();
  });

  it('should turn GraphiQL and introspection off in production unless asked for, and on elsewhere', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET, ...OPENTOK };
    expect(loadConfig(production)).toMatchObject({ graphiql: false, introspection: false });
    expect(loadConfig({ ...production, GRAPHIQL: 'true', INTROSPECTION: 'true' })).toMatchObject({ graphiql: true, introspection: true });
    expect(loadConfig({})).toMatchObject({ graphiql: true, introspection: true });
    expect(loadConfig({ INTROSPECTION: 'false' })).toMatchObject({ introspection: false });
  });
});
