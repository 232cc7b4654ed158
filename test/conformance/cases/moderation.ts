/** Streams, connections and moderation: each case runs where the capability is declared. */
import { describe, expect, it } from 'vitest';
import type { Harness } from '../harness.js';
import { rejection } from '../rejection.js';

/** Registers the moderation cases for `h`. */
export function moderationCases(h: Harness): void {
  const { provider } = h;
  const caps = provider.capabilities;

  describe('streams and moderation', () => {
    it('should list the streams clients publish, and drop them when the client leaves', async () => {
      const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
      // A second client keeps the session open once the publisher leaves (OpenVidu closes empty sessions).
      await h.join(sessionId, 'SUBSCRIBER');
      const connectionId = await h.join(sessionId);
      expect(await provider.listStreams(sessionId)).toEqual([]);
      const camera = await h.publish(connectionId, 'camera');
      const screen = await h.publish(connectionId, 'screen');
      const streams = await provider.listStreams(sessionId);
      expect(streams).toHaveLength(2);
      expect(streams).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ provider: provider.name, sessionId, streamId: camera, videoType: 'camera' }),
          expect.objectContaining({ provider: provider.name, sessionId, streamId: screen, videoType: 'screen' }),
        ]),
      );
      expect(await h.clients.leave(connectionId)).toBe(204);
      expect(await provider.listStreams(sessionId)).toEqual([]);
    });

    if (caps.forceDisconnect)
      it('should force-disconnect one client and keep the others, then NOT_FOUND', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const stay = await h.join(sessionId);
        const leave = await h.join(sessionId);
        await provider.forceDisconnect(sessionId, leave);
        // Only a connected client can publish: the control API tells who is still there.
        expect((await h.clients.publish(leave)).status).toBe(404);
        expect((await h.clients.publish(stay)).status).toBe(201);
        if (caps.connections) {
          expect((await provider.listConnections(sessionId)).map((c) => c.connectionId)).toEqual([stay]);
        }
        expect((await rejection(provider.forceDisconnect(sessionId, leave))).code).toBe('NOT_FOUND');
      });

    if (caps.signals)
      it('should signal the whole session and one connection', async () => {
        const { sessionId } = await provider.createSession({});
        const connectionId = await h.join(sessionId);
        await provider.signal({ sessionId, type: 'chat', data: 'hello all' });
        await provider.signal({ sessionId, connectionId, data: 'hello you' });
      });

    if (caps.connections)
      it('should list the connections clients made, with role and data', async () => {
        const { sessionId } = await provider.createSession({});
        const token = await provider.generateToken({ sessionId, role: 'MODERATOR', data: 'name=Ada' });
        const { connectionId } = await h.clients.connect(token.token, 'client data');
        const connections = await provider.listConnections(sessionId);
        const mine = connections.find((c) => c.connectionId === connectionId);
        expect(mine).toMatchObject({ provider: provider.name, sessionId, role: 'MODERATOR', data: 'name=Ada' });
        expect([null, 'ACTIVE']).toContain(mine?.status);
      });

    if (caps.forceUnpublish)
      it('should force-unpublish one stream and keep its client, then NOT_FOUND', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const connectionId = await h.join(sessionId);
        const camera = await h.publish(connectionId, 'camera');
        const screen = await h.publish(connectionId, 'screen');
        await provider.forceUnpublish(sessionId, camera);
        expect((await provider.listStreams(sessionId)).map((s) => s.streamId)).toEqual([screen]);
        expect((await h.clients.publish(connectionId)).status).toBe(201);
        expect((await rejection(provider.forceUnpublish(sessionId, camera))).code).toBe('NOT_FOUND');
      });

    if (caps.closeSession)
      it('should close a session for everyone, void its tokens, then NOT_FOUND', async () => {
        const { sessionId } = await provider.createSession({});
        await h.join(sessionId);
        const pending = await provider.generateToken({ sessionId });
        await provider.closeSession(sessionId);
        expect(await provider.getSession(sessionId)).toBeNull();
        expect((await h.clients.connect(pending.token)).status).toBeGreaterThanOrEqual(400);
        expect((await rejection(provider.closeSession(sessionId))).code).toBe('NOT_FOUND');
      });

    if (caps.sip)
      it('should dial SIP from a routed session', async () => {
        const { sessionId } = await provider.createSession({ mediaMode: 'ROUTED' });
        const call = await provider.dialSip({ sessionId, uri: 'sip:conformance@sip.example.com' });
        expect(call).toMatchObject({ provider: provider.name, sessionId });
        expect(call.sipCallId).not.toBe('');
        expect(call.connectionId).not.toBe('');
      });
  });
}
