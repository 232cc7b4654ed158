import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { webhookTrustLine } from '../../src/http/webhooks.js';

describe('the start-log line on webhook verification', () => {
  it('should name the providers whose webhooks are hints, and the variable that would verify them', () => {
    const line = webhookTrustLine(loadConfig({ NODE_ENV: 'test' }), ['OPENTOK', 'OPENVIDU']);
    expect(line).toBe(
      'webhooks taken as hints, re-read from the provider before publishing: OPENTOK (set OPENTOK_WEBHOOK_SECRET to verify), OPENVIDU (set OPENVIDU_WEBHOOK_TOKEN to verify)',
    );
  });

  it('should name the verified providers apart from the hints', () => {
    const config = loadConfig({ NODE_ENV: 'test', OPENVIDU_WEBHOOK_TOKEN: 'a-shared-token-value' });
    expect(webhookTrustLine(config, ['OPENTOK', 'OPENVIDU'])).toBe(
      'webhooks verified and published as they come: OPENVIDU (OPENVIDU_WEBHOOK_TOKEN); webhooks taken as hints, re-read from the provider before publishing: OPENTOK (set OPENTOK_WEBHOOK_SECRET to verify)',
    );
    const both = loadConfig({
      NODE_ENV: 'test',
      OPENVIDU_WEBHOOK_TOKEN: 'a-shared-token-value',
      OPENTOK_WEBHOOK_SECRET: 'a-signature-secret',
    });
    expect(webhookTrustLine(both, ['OPENTOK', 'OPENVIDU'])).toBe(
      'webhooks verified and published as they come: OPENTOK (OPENTOK_WEBHOOK_SECRET), OPENVIDU (OPENVIDU_WEBHOOK_TOKEN)',
    );
  });
});
