import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { createProviderRegistry } from '../../src/providers/registry.js';
import type { IdClaim, ProviderName, VideoProvider } from '../../src/providers/types.js';

function fake(name: ProviderName, claim: (id: string) => IdClaim): VideoProvider {
  return { name, ownsSessionId: claim, ownsArchiveId: claim, close: async () => {} } as unknown as VideoProvider;
}

const opentok = fake('OPENTOK', (id) => (id.startsWith('1_') ? 'certain' : /^[0-9a-f-]{36}$/.test(id) ? 'possible' : 'no'));
const openvidu = fake('OPENVIDU', (id) => (id.startsWith('ses_') ? 'certain' : /^[\w-]+$/.test(id) ? 'possible' : 'no'));

describe('routing native ids between providers', () => {
  const registry = createProviderRegistry([opentok, openvidu]);

  it('should route to the one certain owner even when another could own it', () => {
    expect(registry.forSessionId('1_MX4abc', 'id').name).toBe('OPENTOK');
    expect(registry.forSessionId('ses_AbCdEfGhIj', 'id').name).toBe('OPENVIDU');
  });

  it('should route to the one possible owner', () => {
    expect(registry.forSessionId('my-room', 'id').name).toBe('OPENVIDU');
  });

  it('should ask for the global id when several could own it', () => {
    const uuid = '2a6fc87e-0000-4000-8000-000000000000';
    expect(() => registry.forArchiveId(uuid, 'id')).toThrow(/global id/);
    try {
      registry.forArchiveId(uuid, 'id');
    } catch (error) {
      expect(error).toBeInstanceOf(GatewayError);
      expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
      expect((error as GatewayError).details.field).toBe('id');
    }
  });

  it('should say NOT_FOUND when no provider recognises the id', () => {
    expect(() => registry.forSessionId('!!', 'input.sessionId')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('should default to the first provider, or the one named', () => {
    expect(registry.defaultProvider.name).toBe('OPENTOK');
    expect(createProviderRegistry([opentok, openvidu], 'OPENVIDU').defaultProvider.name).toBe('OPENVIDU');
    expect(() => createProviderRegistry([opentok]).get('OPENVIDU')).toThrow(/not configured/);
  });
});
