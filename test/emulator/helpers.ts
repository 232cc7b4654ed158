/**
 * Test helpers for the emulator: raw HTTP calls with an `X-OPENTOK-AUTH` JWT, client tokens minted
 * independently of the emulator code (jose / node:crypto), and a local callback receiver.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { createEmulator } from '../../src/emulator/index.js';
import type { Emulator, EmulatorOptions, ManualClock } from '../../src/emulator/index.js';
import { until } from '../helpers/until.js';

/** A response read fully. */
export interface Res {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** Starts an emulator with fast, test-friendly defaults. */
export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ archiveReadyDelayMs: 50, autoStopAfterLastLeaveMs: 60_000, ...options });
}

/** Mints a REST auth JWT the way opentok-node does (`{iss, ist, iat, exp}` HS256). */
export function restJwt(
  project: { apiKey: string; apiSecret: string },
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: project.apiKey, ist: 'project', iat: now, exp: now + 300, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...header })
    .sign(new TextEncoder().encode(project.apiSecret));
}

async function read(response: Response): Promise<Res> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: parsed };
}

/** Options of {@link rest}. */
export interface RestOptions {
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** `null` sends no auth header; a string sends that header value; default a valid JWT. */
  auth?: string | null;
}

/** Calls the REST face with a valid auth header unless told otherwise. */
export async function rest(emu: Emulator, method: string, path: string, options: RestOptions = {}): Promise<Res> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const auth = options.auth === undefined ? await restJwt(emu.opentok) : options.auth;
  if (auth !== null) headers['x-opentok-auth'] = auth;
  let body: string | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  return read(await fetch(`${emu.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }));
}

/** Calls the control API. */
export async function control(emu: Emulator, method: string, path: string, body?: unknown): Promise<Res> {
  return read(
    await fetch(`${emu.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
  );
}

/** Creates a session through REST and returns its id. */
export async function createSession(emu: Emulator, form: Record<string, string> = { 'p2p.preference': 'disabled' }): Promise<string> {
  const res = await rest(emu, 'POST', '/session/create', { form });
  if (res.status !== 200) throw new Error(`session/create answered ${res.status}: ${res.text}`);
  return res.json[0].session_id as string;
}

/** Mints an OpenTok client JWT as opentok-node does. */
export function clientJwt(
  project: { apiKey: string; apiSecret: string },
  sessionId: string,
  claims: Record<string, unknown> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: project.apiKey,
    ist: 'project',
    iat: now,
    exp: now + 86_400,
    session_id: sessionId,
    create_time: now,
    nonce: Math.random(),
    role: 'publisher',
    expire_time: now + 86_400,
    initial_layout_class_list: '',
    scope: 'session.connect',
    ...claims,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(project.apiSecret));
}

/** Mints a legacy T1 token from a raw data string (kept byte-exact, as the spec requires). */
export function t1Token(apiKey: string, apiSecret: string, dataString: string, sigOverride?: string): string {
  const sig = sigOverride ?? createHmac('sha1', apiSecret).update(dataString).digest('hex');
  return `T1==${Buffer.from(`partner_id=${apiKey}&sig=${sig}:${dataString}`, 'utf8').toString('base64')}`;
}

/** Connects a simulated client; returns the connection id. */
export async function connectClient(emu: Emulator, sessionId: string, claims: Record<string, unknown> = {}): Promise<string> {
  const res = await control(emu, 'POST', '/emulator/clients', { token: await clientJwt(emu.opentok, sessionId, claims) });
  if (res.status !== 201) throw new Error(`connect answered ${res.status}: ${res.text}`);
  return res.json.connectionId as string;
}

/** Publishes a stream for a connection; returns the stream id. */
export async function publish(emu: Emulator, connectionId: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await control(emu, 'POST', `/emulator/clients/${connectionId}/streams`, body);
  if (res.status !== 201) throw new Error(`publish answered ${res.status}: ${res.text}`);
  return res.json.streamId as string;
}

/** One request received by the {@link CallbackReceiver}. */
export interface ReceivedCallback {
  headers: IncomingHttpHeaders;
  raw: string;
  body: any;
}

/** A local HTTP server that records callbacks and answers with a configurable status. */
export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** Every request, including those answered with an error status. */
  attempts: ReceivedCallback[];
  /** Statuses to answer with, consumed in order; 200 once empty. */
  answers: number[];
  waitFor(predicate: (received: ReceivedCallback[]) => boolean, timeoutMs?: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}

/** Starts a callback receiver on an ephemeral port. */
export async function startReceiver(): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  const attempts: ReceivedCallback[] = [];
  const answers: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = answers.shift() ?? 200;
      const entry = { headers: req.headers, raw, body: JSON.parse(raw) as unknown };
      attempts.push(entry);
      if (status >= 200 && status < 300) received.push(entry);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callbacks/${randomUUID()}`,
    received,
    attempts,
    answers,
    async waitFor(predicate, timeoutMs = 5_000) {
      const got = () => `callbacks; received ${JSON.stringify(received.map((r) => r.body?.status))}`;
      await until(got, () => predicate(received), timeoutMs);
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Waits until the emulator has armed a timer due in exactly `ms` (one armed by work that runs
 * between real HTTP exchanges, e.g. a webhook retry after a failed attempt), then advances the
 * clock by `ms`.
 */
export async function advanceWhenArmed(clock: ManualClock, ms: number, timeoutMs = 5_000): Promise<void> {
  await until(`a timer due in ${ms} ms`, () => clock.pending().includes(ms), timeoutMs);
  clock.advance(ms);
}
