import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { Gateway } from '../../src/gateway.js';
import { connectWebSocket, startTestGateway } from '../helpers/gateway.js';

describe('WebSocket upgrades and CORS_ORIGINS (cross-site WebSocket hijacking)', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ CORS_ORIGINS: 'https://app.example.com' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('should accept an allowed origin and refuse others before the socket opens', async () => {
    expect(await connectWebSocket(gateway.url, 'https://app.example.com')).toBe('open');
    expect(await connectWebSocket(gateway.url, 'https://evil.example.com')).toBe(401);
  });

  it('should close a socket that sends a message over 64 KiB, without reporting it as an internal error', async () => {
    const consoleError = vi.spyOn(console, 'error');
    try {
      const ws = new WebSocket(`${gateway.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
        origin: 'https://app.example.com',
      });
      await new Promise((r) => ws.once('open', r));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(70 * 1024) } }));
      expect(await closed).toBe(1009);
      // The client's fault, not the gateway's: no "Internal error" line with a stack on the console.
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });
});
