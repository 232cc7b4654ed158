/**
 * Test helpers for the OpenVidu face: raw REST calls with Basic auth, and simulated clients
 * through the control API. Written from the provider's documented behaviour, independently of the emulator code.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator, EmulatorOptions } from '../../src/emulator/index.js';
import type { Res } from './helpers.js';
import { control, startEmulator } from './helpers.js';
import { until } from '../helpers/until.js';

export const API = '/openvidu/api';

/** `Basic base64("OPENVIDUAPP:" + secret)`, as both official clients compute it. */
export function basic(secret: string, user = 'OPENVIDUAPP'): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

/** Starts an emulator with fast OpenVidu defaults (async ready after 50 ms, autostop 60 s). */
export function startOpenVidu(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ openvidu: { secret: 'MY_SECRET' }, openviduAutostopMs: 60_000, ...options });
}

/** Options of {@link ov}. */
export interface OvOptions {
  /** A JSON body (a string is sent as is). */
  body?: unknown;
  /** `null` sends no Authorization header; a string sends it as is; default valid credentials. */
  auth?: string | null;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Calls the OpenVidu REST face. `path` is relative to `/openvidu/api` unless it starts with `/openvidu`. */
export async function ov(emu: Emulator, method: string, path: string, options: OvOptions = {}): Promise<Res> {
  const headers: Record<string, string> = { ...options.headers };
  const auth = options.auth === undefined ? basic(emu.openvidu.secret) : options.auth;
  if (auth !== null) headers.authorization = auth;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.contentType) {
    headers['content-type'] = options.contentType;
  }
  const url = `${emu.url}${path.startsWith('/openvidu') ? path : `${API}${path}`}`;
  const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Calls an endpoint expected to succeed with `status`, and returns the JSON. */
export async function ok(emu: Emulator, method: string, path: string, status: number, options: OvOptions = {}): Promise<any> {
  const res = await ov(emu, method, path, options);
  if (res.status !== status) throw new Error(`${method} ${path} answered ${res.status} (expected ${status}): ${res.text}`);
  return res.json;
}

/** POST /sessions; returns the Session JSON. */
export function createSession(emu: Emulator, body: Record<string, unknown> = {}): Promise<any> {
  return ok(emu, 'POST', '/sessions', 200, { body });
}

/** POST /sessions/{id}/connection; returns the Connection JSON. */
export function createConnection(emu: Emulator, sessionId: string, body: Record<string, unknown> = {}): Promise<any> {
  return ok(emu, 'POST', `/sessions/${sessionId}/connection`, 200, { body });
}

/** A simulated browser joins with a token; returns the control API answer. */
export async function join(emu: Emulator, token: string, data?: string): Promise<{ connectionId: string; sessionId: string }> {
  const res = await control(emu, 'POST', '/emulator/clients', { token, ...(data !== undefined ? { data } : {}) });
  if (res.status !== 201) throw new Error(`join answered ${res.status}: ${res.text}`);
  return res.json as { connectionId: string; sessionId: string };
}

/** A connection is created and its client joins; returns the connection id. */
export async function participant(
  emu: Emulator,
  sessionId: string,
  body: Record<string, unknown> = {},
  clientData?: string,
): Promise<string> {
  const connection = await createConnection(emu, sessionId, body);
  return (await join(emu, connection.token as string, clientData)).connectionId;
}

/** A joined client publishes; returns the stream id. */
export async function publish(emu: Emulator, connectionId: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, body);
  if (res.status !== 201) throw new Error(`publish answered ${res.status}: ${res.text}`);
  return res.json.streamId as string;
}

/** A client leaves. */
export async function leave(emu: Emulator, connectionId: string): Promise<void> {
  const res = await control(emu, 'DELETE', `/emulator/clients/${connectionId}`);
  if (res.status !== 204) throw new Error(`leave answered ${res.status}: ${res.text}`);
}

/** Sorted keys, to compare exact field sets. */
export const keys = (value: object): string[] => Object.keys(value).sort();

/** One webhook as received. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: any;
  status: number;
}

/** A local webhook endpoint: records every request, answers `answers` in order (then 200), optionally slowly. */
export interface WebhookReceiver {
  url: string;
  /** Every request, in arrival order, whatever it was answered. */
  all: ReceivedWebhook[];
  answers: number[];
  delayMs: number;
  /** The most requests ever in flight at once. */
  maxInFlight: number;
  events(name?: string): any[];
  /** How many sockets are open to it. */
  connections(): Promise<number>;
  waitFor(predicate: (all: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a {@link WebhookReceiver} on an ephemeral port. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let inFlight = 0;
  const receiver: WebhookReceiver = {
    url: '',
    all: [],
    answers: [],
    delayMs: 0,
    maxInFlight: 0,
    events: (name) => receiver.all.map((w) => w.body).filter((b) => name === undefined || b.event === name),
    async waitFor(predicate, timeoutMs = 5_000) {
      const got = () => `webhooks; got ${receiver.all.map((w) => `${w.body.event}:${w.body.status ?? ''}`).join(', ')}`;
      await until(got, () => predicate(receiver.all), timeoutMs);
    },
    connections: async () => 0,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    inFlight += 1;
    receiver.maxInFlight = Math.max(receiver.maxInFlight, inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = receiver.answers.shift() ?? 200;
      receiver.all.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), status });
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(status).end();
      }, receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/webhooks/openvidu`;
  receiver.connections = () =>
    new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}
