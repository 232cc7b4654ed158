/**
 * Simulated clients over the emulator's control API (`POST /emulator/clients`,
 * `POST /emulator/clients/{id}/streams`, `DELETE /emulator/clients/{id}`). The token decides which
 * face of the emulator a client joins, so one implementation serves every adapter whose platform
 * the emulator plays.
 */
import type { Emulator } from '../../src/emulator/index.js';

/** What a simulated client can do; answers carry the HTTP status so refusals can be asserted. */
export interface SimulatedClients {
  /** Connects with `token` (201 and the connection id, else the refusal's status). */
  connect(token: string, data?: string): Promise<{ status: number; connectionId: string | null; sessionId: string | null }>;
  /** The connected client publishes one stream (201 and the stream id, else the refusal's status). */
  publish(connectionId: string, videoType?: 'camera' | 'screen'): Promise<{ status: number; streamId: string | null }>;
  /** The client leaves (204, else the refusal's status). */
  leave(connectionId: string): Promise<number>;
}

async function call(emulator: Emulator, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : JSON.parse(text) };
}

/** Simulated clients of `emulator` through its control API. */
export function controlApiClients(emulator: Emulator): SimulatedClients {
  return {
    async connect(token, data) {
      const { status, json } = await call(emulator, 'POST', '/emulator/clients', { token, ...(data === undefined ? {} : { data }) });
      return { status, connectionId: status === 201 ? json.connectionId : null, sessionId: status === 201 ? json.sessionId : null };
    },
    async publish(connectionId, videoType = 'camera') {
      const { status, json } = await call(emulator, 'POST', `/emulator/clients/${encodeURIComponent(connectionId)}/streams`, {
        hasAudio: true,
        hasVideo: true,
        videoType,
      });
      return { status, streamId: status === 201 ? json.streamId : null };
    },
    async leave(connectionId) {
      return (await call(emulator, 'DELETE', `/emulator/clients/${encodeURIComponent(connectionId)}`)).status;
    },
  };
}
