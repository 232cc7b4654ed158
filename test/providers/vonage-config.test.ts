/**
 * The Vonage variables of src/config.ts: both credentials or neither, the application id a UUID,
 * the private key as PEM text (newlines possibly written `\n`) or a file path, RSA only; a bad
 * value stops with one line naming the variable and never its value.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const APP = '5f2c7e8a-1b3d-4c5e-9f60-718293a4b5c6';
const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ NODE_ENV: 'test', ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('Vonage configuration', () => {
  it('should take the key as PEM text, as one line with \\n, or as a file path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vonage-config-')), 'private.key');
    writeFileSync(file, PEM, { mode: 0o600 });
    for (const value of [PEM, PEM.replace(/\n/g, '\\n'), file]) {
      const config = loadConfig({
        NODE_ENV: 'test',
        VONAGE_APPLICATION_ID: APP,
        VONAGE_PRIVATE_KEY: value,
        VONAGE_WEBHOOK_SECRET: 'sig-secret',
      });
      expect(config.vonage).toEqual({ applicationId: APP, privateKey: PEM, videoHost: 'https://video.api.vonage.com' });
      expect(config.vonageWebhookSecret).toBe('sig-secret');
    }
  });

  it('should take VONAGE_VIDEO_HOST and EMULATOR_VONAGE_CALLBACK_URL', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      VONAGE_APPLICATION_ID: APP,
      VONAGE_PRIVATE_KEY: PEM,
      VONAGE_VIDEO_HOST: 'http://127.0.0.1:4010/',
      EMULATOR_VONAGE_CALLBACK_URL: 'http://127.0.0.1:9/hook',
    });
    expect(config.vonage?.videoHost).toBe('http://127.0.0.1:4010');
    expect(config.emulator.vonageCallbackUrl).toBe('http://127.0.0.1:9/hook');
  });

  it('should need both credentials, naming the missing one', () => {
    expect(configError({ VONAGE_APPLICATION_ID: APP }).variable).toBe('VONAGE_PRIVATE_KEY');
    expect(configError({ VONAGE_PRIVATE_KEY: PEM }).variable).toBe('VONAGE_APPLICATION_ID');
  });

  it('should refuse a bad id, an unreadable path, a key that is not RSA, without echoing the key', () => {
    expect(configError({ VONAGE_APPLICATION_ID: 'my-app', VONAGE_PRIVATE_KEY: PEM }).variable).toBe('VONAGE_APPLICATION_ID');
    const missing = configError({ VONAGE_APPLICATION_ID: APP, VONAGE_PRIVATE_KEY: '/nonexistent/private.key' });
    expect(missing.variable).toBe('VONAGE_PRIVATE_KEY');
    expect(missing.message).not.toContain('/nonexistent');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const notRsa = configError({ VONAGE_APPLICATION_ID: APP, VONAGE_PRIVATE_KEY: ec });
    expect(notRsa.variable).toBe('VONAGE_PRIVATE_KEY');
    expect(notRsa.message).not.toContain('BEGIN');
    expect(configError({ VONAGE_APPLICATION_ID: APP, VONAGE_PRIVATE_KEY: PEM, VONAGE_WEBHOOK_SECRET: 'short' }).variable).toBe(
      'VONAGE_WEBHOOK_SECRET',
    );
  });

  it('should be configured on its own, and be the default then', () => {
    const config = loadConfig({ NODE_ENV: 'production', AUTH_DISABLED: 'true', VONAGE_APPLICATION_ID: APP, VONAGE_PRIVATE_KEY: PEM });
    expect(config.vonage?.applicationId).toBe(APP);
    expect(config.opentok).toBeNull();
  });
});
