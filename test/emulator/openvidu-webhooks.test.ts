import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/emulator/index.js';
import type { Emulator } from '../../src/emulator/index.js';
import { until } from '../helpers/until.js';
import { control } from './helpers.js';
import type { WebhookReceiver } from './openvidu-helpers.js';
import {
  createConnection,
  createSession,
  join,
  keys,
  leave,
  ok,
  ov,
  participant,
  publish,
  startOpenVidu,
  startWebhookReceiver,
} from './openvidu-helpers.js';

/** The exact field sets of the webhooks (docs/providers/openvidu.md, Webhooks), plus `event`. */
const FIELDS = {
  sessionCreated: ['event', 'sessionId', 'timestamp', 'uniqueSessionId'],
  sessionDestroyed: ['duration', 'event', 'reason', 'sessionId', 'startTime', 'timestamp', 'uniqueSessionId'],
  participantJoined: [
    'clientData',
    'connectionId',
    'event',
    'ip',
    'location',
    'participantId',
    'platform',
    'serverData',
    'sessionId',
    'timestamp',
    'uniqueSessionId',
  ],
  participantLeft: [
    'clientData',
    'connectionId',
    'duration',
    'event',
    'ip',
    'location',
    'participantId',
    'platform',
    'reason',
    'serverData',
    'sessionId',
    'startTime',
    'timestamp',
    'uniqueSessionId',
  ],
  webrtcConnectionCreated: [
    'audioEnabled',
    'connection',
    'connectionId',
    'event',
    'participantId',
    'sessionId',
    'streamId',
    'timestamp',
    'uniqueSessionId',
    'videoDimensions',
    'videoEnabled',
    'videoFramerate',
    'videoSource',
  ],
  webrtcConnectionDestroyed: [
    'audioEnabled',
    'connection',
    'connectionId',
    'duration',
    'event',
    'participantId',
    'reason',
    'sessionId',
    'startTime',
    'streamId',
    'timestamp',
    'uniqueSessionId',
    'videoDimensions',
    'videoEnabled',
    'videoFramerate',
    'videoSource',
  ],
  recordingStarted: [
    'duration',
    'event',
    'frameRate',
    'hasAudio',
    'hasVideo',
    'id',
    'name',
    'outputMode',
    'recordingLayout',
    'resolution',
    'sessionId',
    'size',
    'startTime',
    'status',
    'timestamp',
    'uniqueSessionId',
  ],
  signalSent: ['data', 'event', 'from', 'sessionId', 'timestamp', 'to', 'type', 'uniqueSessionId'],
};

/** Resolves once the emulator has finished with every webhook the receiver got (delivered or failed). */
async function senderCaughtUp(emu: Emulator, receiver: WebhookReceiver): Promise<void> {
  await until('the webhook sender to catch up', async () => {
    const { delivered, failed } = (await control(emu, 'GET', '/emulator/state')).json.openvidu.webhooks;
    return delivered + failed === receiver.all.length;
  });
}

const summary = (r: WebhookReceiver): string[] =>
  r.all.map((w) => [w.body.event, w.body.status, w.body.reason].filter((x) => x !== undefined).join(':'));

describe('OpenVidu webhooks', () => {
  let emu: Emulator;
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    receiver = await startWebhookReceiver();
    emu = await startOpenVidu({ openviduWebhookUrl: receiver.url, openviduWebhookToken: 'hook-token' });
  });
  afterEach(async () => {
    await emu.close();
    await receiver.close();
  });

  it('should post every event of a session in order, with exact field sets and the bearer header', async () => {
    const s = await createSession(emu);
    const c = await createConnection(emu, s.id, { data: 'server' });
    const { connectionId } = await join(emu, c.token, 'client');
    const streamId = await publish(emu, connectionId);
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id, name: 'rec' } });
    await ok(emu, 'POST', '/signal', 200, { body: { session: s.id, type: 'chat', data: 'hello' } });
    await ok(emu, 'POST', `/recordings/stop/${s.id}`, 200);
    await leave(emu, connectionId);
    await receiver.waitFor((all) => all.some((w) => w.body.event === 'sessionDestroyed'));

    expect(summary(receiver)).toEqual([
      'sessionCreated',
      'participantJoined',
      'webrtcConnectionCreated',
      'recordingStatusChanged:started',
      'signalSent',
      'recordingStatusChanged:stopped:recordingStoppedByServer',
      'recordingStatusChanged:ready:recordingStoppedByServer',
      'webrtcConnectionDestroyed:disconnect',
      'participantLeft:disconnect',
      'sessionDestroyed:lastParticipantLeft',
    ]);
    for (const w of receiver.all) {
      expect(w.headers.authorization).toBe('Bearer hook-token');
      expect(w.headers['content-type']).toBe('application/json');
    }
    const [created, joined, published, started, signal, stopped, ready, unpublished, left, destroyed] = receiver.all.map((w) => w.body);
    const unique = `${s.id}_${s.createdAt}`;
    expect(keys(created)).toEqual(FIELDS.sessionCreated);
    expect(created).toEqual({ event: 'sessionCreated', sessionId: s.id, uniqueSessionId: unique, timestamp: s.createdAt });

    expect(keys(joined)).toEqual(FIELDS.participantJoined);
    expect(joined).toMatchObject({
      participantId: connectionId,
      connectionId,
      clientData: 'client',
      serverData: 'server',
      location: 'unknown',
      ip: '127.0.0.1',
      uniqueSessionId: unique,
    });

    expect(keys(published)).toEqual(FIELDS.webrtcConnectionCreated);
    expect(published).toMatchObject({
      streamId,
      connection: 'OUTBOUND',
      videoSource: 'CAMERA',
      videoFramerate: 30,
      videoDimensions: '{"width":640,"height":480}',
      audioEnabled: true,
      videoEnabled: true,
    });

    expect(keys(started)).toEqual(FIELDS.recordingStarted);
    expect(started).toMatchObject({ id: s.id, name: 'rec', status: 'started', size: 0, duration: 0, outputMode: 'COMPOSED' });
    expect(started.timestamp).toBe(started.startTime);

    expect(keys(signal)).toEqual(FIELDS.signalSent);
    expect(signal).toMatchObject({ from: null, to: [connectionId], type: 'chat', data: 'hello' });

    expect(keys(stopped)).toEqual([...FIELDS.recordingStarted, 'reason'].sort());
    expect(stopped).not.toHaveProperty('url');
    expect(ready).not.toHaveProperty('url');
    expect(ready.size).toBeGreaterThan(0);
    expect(ready.duration).toBeGreaterThan(0);
    expect(ready.startTime).toBe(started.startTime);

    expect(keys(unpublished)).toEqual(FIELDS.webrtcConnectionDestroyed);
    expect(unpublished).toMatchObject({ streamId, reason: 'disconnect', startTime: published.timestamp });
    expect(Number.isInteger(unpublished.duration)).toBe(true);
    expect(keys(left)).toEqual(FIELDS.participantLeft);
    expect(left).toMatchObject({ connectionId, reason: 'disconnect', startTime: joined.timestamp });
    expect(keys(destroyed)).toEqual(FIELDS.sessionDestroyed);
    expect(destroyed).toMatchObject({ reason: 'lastParticipantLeft', startTime: s.createdAt });
  });

  it('should send an INDIVIDUAL started event with exactly 12 fields plus event', async () => {
    const s = await createSession(emu);
    await publish(emu, await participant(emu, s.id));
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id, outputMode: 'INDIVIDUAL' } });
    await receiver.waitFor((all) => all.some((w) => w.body.event === 'recordingStatusChanged'));
    const started = receiver.events('recordingStatusChanged')[0];
    expect(Object.keys(started)).toHaveLength(13);
    expect(started).not.toHaveProperty('resolution');
  });

  it('should stop the recording, evict everyone and destroy the session on DELETE, all with sessionClosedByServer', async () => {
    const s = await createSession(emu);
    const a = await participant(emu, s.id);
    await publish(emu, a);
    await participant(emu, s.id);
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });
    await ok(emu, 'DELETE', `/sessions/${s.id}`, 204);
    await receiver.waitFor((all) => all.some((w) => w.body.event === 'sessionDestroyed'));
    expect(summary(receiver).slice(-6)).toEqual([
      'recordingStatusChanged:stopped:sessionClosedByServer',
      'recordingStatusChanged:ready:sessionClosedByServer',
      'webrtcConnectionDestroyed:sessionClosedByServer',
      'participantLeft:sessionClosedByServer',
      'participantLeft:sessionClosedByServer',
      'sessionDestroyed:sessionClosedByServer',
    ]);
  });

  it('should report force disconnect and force unpublish by the server', async () => {
    const s = await createSession(emu);
    const a = await participant(emu, s.id);
    const b = await participant(emu, s.id);
    const stream = await publish(emu, b);
    await ok(emu, 'DELETE', `/sessions/${s.id}/stream/${stream}`, 204);
    await ok(emu, 'DELETE', `/sessions/${s.id}/connection/${a}`, 204);
    await receiver.waitFor((all) => all.filter((w) => w.body.event === 'participantLeft').length === 1);
    expect(summary(receiver).slice(-2)).toEqual([
      'webrtcConnectionDestroyed:forceUnpublishByServer',
      'participantLeft:forceDisconnectByServer',
    ]);
  });

  it('should report autostop: recording and session end with automaticStop', async () => {
    await emu.close();
    const clock = new ManualClock();
    emu = await startOpenVidu({ clock, openviduWebhookUrl: receiver.url, openviduAutostopMs: 50 });
    const s = await createSession(emu);
    const a = await participant(emu, s.id);
    await publish(emu, a);
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });
    await leave(emu, a);
    clock.advance(50);
    await receiver.waitFor((all) => all.some((w) => w.body.event === 'sessionDestroyed'));
    expect(summary(receiver).slice(-5)).toEqual([
      'webrtcConnectionDestroyed:disconnect',
      'participantLeft:disconnect',
      'recordingStatusChanged:stopped:automaticStop',
      'recordingStatusChanged:ready:automaticStop',
      'sessionDestroyed:automaticStop',
    ]);
    expect(receiver.all[0]?.headers.authorization).toBeUndefined();
  });

  it('should use lastParticipantLeft when the autostop timeout is 0', async () => {
    await emu.close();
    const clock = new ManualClock();
    emu = await startOpenVidu({ clock, openviduWebhookUrl: receiver.url, openviduAutostopMs: 0 });
    const s = await createSession(emu);
    const a = await participant(emu, s.id);
    await publish(emu, a);
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });
    await leave(emu, a);
    clock.advance(0);
    await receiver.waitFor((all) => all.some((w) => w.body.event === 'sessionDestroyed'));
    expect(summary(receiver).slice(-3)).toEqual([
      'recordingStatusChanged:stopped:lastParticipantLeft',
      'recordingStatusChanged:ready:lastParticipantLeft',
      'sessionDestroyed:lastParticipantLeft',
    ]);
  });

  it('should send ready after the delay in async finalize mode', async () => {
    await emu.close();
    const clock = new ManualClock();
    emu = await startOpenVidu({ clock, openviduWebhookUrl: receiver.url, openviduRecordingFinalize: 'async', archiveReadyDelayMs: 200 });
    const s = await createSession(emu);
    await publish(emu, await participant(emu, s.id));
    await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });
    await ok(emu, 'POST', `/recordings/stop/${s.id}`, 200);
    await receiver.waitFor((all) => all.some((w) => w.body.status === 'stopped'));
    await senderCaughtUp(emu, receiver);
    expect(receiver.all.some((w) => w.body.status === 'ready')).toBe(false);
    clock.advance(200);
    await receiver.waitFor((all) => all.some((w) => w.body.status === 'ready'));
    const [stopped, ready] = receiver.events('recordingStatusChanged').slice(1);
    expect(ready.timestamp - stopped.timestamp).toBeGreaterThanOrEqual(180);
  });

  it('should deliver one at a time, in order, even to a slow endpoint', async () => {
    receiver.delayMs = 30;
    for (let i = 0; i < 4; i += 1) await createSession(emu, { customSessionId: `Order${i}` });
    await receiver.waitFor((all) => all.length === 4);
    expect(receiver.all.map((w) => w.body.sessionId)).toEqual(['Order0', 'Order1', 'Order2', 'Order3']);
    expect(receiver.maxInFlight).toBe(1);
  });

  it('should count only exactly 200 as delivered and never retry', async () => {
    receiver.answers.push(201, 500, 204);
    for (let i = 0; i < 4; i += 1) await createSession(emu);
    await receiver.waitFor((all) => all.length === 4);
    // A retry would reach the receiver before its webhook is counted as failed.
    await senderCaughtUp(emu, receiver);
    expect(receiver.all).toHaveLength(4);
    const state = await control(emu, 'GET', '/emulator/state');
    expect(state.json.openvidu.webhooks).toMatchObject({ delivered: 1, failed: 3, dropped: 0 });
  });

  it('should survive an unreachable endpoint and keep delivering after', async () => {
    emu.configure({ openviduWebhookUrl: 'http://127.0.0.1:9/nowhere' });
    await createSession(emu);
    emu.configure({ openviduWebhookUrl: receiver.url });
    const s = await createSession(emu);
    await receiver.waitFor((all) => all.length === 1);
    expect(receiver.all[0]?.body.sessionId).toBe(s.id);
    expect((await control(emu, 'GET', '/emulator/state')).json.openvidu.webhooks.failed).toBe(1);
  });

  it('should drop the next matching webhooks on request (lost-webhook tests)', async () => {
    const drop = await control(emu, 'POST', '/emulator/openvidu/webhooks/drop', {
      times: 1,
      event: 'recordingStatusChanged',
      status: 'ready',
    });
    expect(drop.status).toBe(201);
    expect(drop.json).toEqual({ pendingDrops: 1 });
    const s = await createSession(emu);
    await publish(emu, await participant(emu, s.id));
    for (let i = 0; i < 2; i += 1) {
      const r = await ok(emu, 'POST', '/recordings/start', 200, { body: { session: s.id } });
      await ok(emu, 'POST', `/recordings/stop/${r.id}`, 200);
    }
    await receiver.waitFor((all) => all.filter((w) => w.body.status === 'ready').length === 1);
    await senderCaughtUp(emu, receiver);
    expect(receiver.events('recordingStatusChanged').map((e) => `${e.id}:${e.status}`)).toEqual([
      `${s.id}:started`,
      `${s.id}:stopped`,
      `${s.id}~1:started`,
      `${s.id}~1:stopped`,
      `${s.id}~1:ready`,
    ]);
    const state = await control(emu, 'GET', '/emulator/state');
    expect(state.json.openvidu.webhooks).toMatchObject({ dropped: 1, pendingDrops: 0 });

    await control(emu, 'POST', '/emulator/openvidu/webhooks/drop', { times: 2 });
    await createSession(emu);
    await createSession(emu);
    const last = await createSession(emu);
    await receiver.waitFor((all) => all.some((w) => w.body.sessionId === last.id));
    expect(receiver.events('sessionCreated').map((e) => e.sessionId)).toEqual([s.id, last.id]);
    expect((await control(emu, 'POST', '/emulator/openvidu/webhooks/drop', { times: 0 })).status).toBe(400);
  });

  it('should follow configure(): no webhooks once unset, the new token once changed', async () => {
    emu.configure({ openviduWebhookUrl: undefined });
    await createSession(emu);
    emu.configure({ openviduWebhookUrl: receiver.url, openviduWebhookToken: 'rotated' });
    await createSession(emu);
    emu.configure({ openviduWebhookToken: undefined });
    await createSession(emu);
    await receiver.waitFor((all) => all.length === 2);
    await senderCaughtUp(emu, receiver);
    expect(receiver.all.map((w) => w.headers.authorization)).toEqual(['Bearer rotated', undefined]);
    expect(() => emu.configure({ openviduWebhookUrl: 'ftp://x' })).toThrow(TypeError);
    const config = await ok(emu, 'GET', '/config', 200);
    expect(config).toMatchObject({ OPENVIDU_WEBHOOK: true, OPENVIDU_WEBHOOK_ENDPOINT: receiver.url });
    const state = await control(emu, 'GET', '/emulator/state');
    expect(state.json.openvidu.settings).toMatchObject({ webhookUrl: receiver.url, webhookAuthorization: false });
  });

  it('should drop the queue when the emulator closes', async () => {
    receiver.delayMs = 100;
    for (let i = 0; i < 5; i += 1) await createSession(emu);
    await receiver.waitFor((all) => all.length === 1);
    await emu.close();
    // Nothing can arrive once the emulator's sockets to the receiver are gone.
    await until('the sockets to the receiver to close', async () => (await receiver.connections()) === 0);
    expect(receiver.all.length).toBeLessThan(5);
    // Closing twice is fine (afterEach closes again).
  });

  it('should never leak the webhook token through the state or the config', async () => {
    const state = await control(emu, 'GET', '/emulator/state');
    expect(state.text).not.toContain('hook-token');
    expect((await ov(emu, 'GET', '/config')).text).not.toContain('hook-token');
  });
});
