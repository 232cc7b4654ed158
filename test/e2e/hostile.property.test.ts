/**
 * Hostile input, property-based: fast-check throws at least 10,000 generated requests and frames
 * (test/helpers/hostile-probes.ts) at a gateway process configured as in production, over real
 * HTTP and WebSocket on 127.0.0.1, with the emulator behind it: malformed JSON, query bombs,
 * bodies over the caps (chunked or not), variables of the wrong types, hostile ids, forged,
 * stale and replayed webhooks, graphql-ws frames malformed or out of order; meanwhile sockets that
 * never read subscribe to a session whose archives keep changing, and pipelined requests pile up
 * behind sockets that never read. Properties:
 *
 * - no answer is a 5xx, and no WebSocket closes with an internal error (4500, 1011);
 * - the process stays up: `/healthz` answers after every batch;
 * - every GraphQL error, over HTTP, SSE or WebSocket, carries `extensions.code`;
 * - no answer, close reason or log line holds a secret: the provider secrets, the caller-auth
 *   secret, the webhook secret, a caller's JWT, or a client token minted before the run;
 * - a forged, stale or unsigned OpenTok callback is never accepted;
 * - the gateway's memory stays bounded (its RSS, read with `ps`, before and after).
 *
 * The seed is fixed, so a run is reproducible; a failure prints it (HOSTILE_SEED overrides it).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { ArchiveStatusChangedDocument } from '../__generated__/graphql.js';
import { hsToken } from '../helpers/caller-tokens.js';
import { anyProbe, type Credential, type Fixtures, type Frame, type Probe } from '../helpers/hostile-probes.js';
import { signCallback } from '../helpers/signed-callback.js';
import { until } from '../helpers/until.js';

const SEED = Number(process.env.HOSTILE_SEED ?? 7_007);
/** Probes per fast-check run, sent at once. */
const BATCH = 32;
const RUNS = 60;
/** How long one batch may take in all: longer than any exchange's own deadline (30 s). */
const BATCH_DEADLINE_MS = 60_000;
/** Requests and frames the run must have sent, at least. */
const MINIMUM_SENT = 10_000;
/**
 * Growth of the gateway's RSS over the run that still counts as bounded. Generous, as GC is lazy:
 * runs measured 200-300 MB of growth for about 12,000 requests and frames, most of it heap not yet
 * collected; a leak of even 40 KB per request would pass 450 MB.
 */
const RSS_GROWTH_BOUND_MB = 450;
/** Sockets that subscribe and then never read, and the archives that change under them. */
const SLOW_SOCKETS = 6;
const SLOW_SUBSCRIPTIONS = 3;
const SLOW_ARCHIVE_CHANGES = 1_100;
/** Raw TCP sockets that pipeline requests and never read an answer. */
const DEAF_SOCKETS = 6;
const DEAF_REQUESTS = 50;

const AUTH_SECRET = 'hostile-run-caller-auth-secret-0123456789';
const WEBHOOK_SECRET = 'hostile-run-opentok-webhook-secret';
const OPENTOK = { apiKey: '47000042', apiSecret: 'hostile0run0opentok0api0secret0000000042' };
const OPENVIDU_SECRET = 'hostile-run-openvidu-secret-7777';
const ALLOWED_ORIGIN = 'https://app.example.com';

/** What the run sent, by kind, for the report line. */
const sent = {
  graphql: 0,
  huge: 0,
  opentokWebhooks: 0,
  openviduWebhooks: 0,
  wsUpgrades: 0,
  wsFrames: 0,
  slowArchiveChanges: 0,
  deafRequests: 0,
};
const total = () => Object.values(sent).reduce((a, b) => a + b, 0);

interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers: string;
}

/** The gateway process: its URL, pid and log lines. */
interface GatewayProcess {
  url: string;
  child: ChildProcess;
  logs: string[];
}

function startGatewayProcess(emulator: Emulator): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'info',
      OPENTOK_API_KEY: OPENTOK.apiKey,
      OPENTOK_API_SECRET: OPENTOK.apiSecret,
      OPENTOK_API_URL: emulator.url,
      OPENTOK_WEBHOOK_SECRET: WEBHOOK_SECRET,
      OPENVIDU_URL: emulator.url,
      OPENVIDU_SECRET,
      AUTH_JWT_SECRET: AUTH_SECRET,
      CORS_ORIGINS: ALLOWED_ORIGIN,
      // Hints from unverified OpenVidu webhooks are re-read; polling would only add noise here.
      ARCHIVE_POLL_INTERVAL_MS: '0',
      SHUTDOWN_DELAY_MS: '0',
      SHUTDOWN_GRACE_MS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stderr!.on('data', (d) => logs.push(String(d)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line: ${logs.join('\n')}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const match = /GraphQL \(HTTP, SSE, WebSocket\)(?: and GraphiQL)? at (http:\/\/[^\s]+)\/graphql/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, logs });
      }
    });
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}): ${logs.join('\n')}`)));
  });
}

/** The resident set of process `pid`, in MB, read by `ps` in a child process. */
function rssMb(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

/** Largest answer body kept (the rest is drained). */
const MAX_ANSWER = 4 * 1024 * 1024;

type ExchangeOptions = { method: string; path: string; headers: Record<string, string>; body?: string; pieces?: number };

/**
 * One HTTP exchange over node:http; `pieces` > 1 sends the body chunked. A keep-alive socket the
 * gateway closed just as it was reused is retried once, as Node's documentation advises.
 */
function exchange(base: string, options: ExchangeOptions): Promise<Answer> {
  return exchangeOnce(base, options).catch((error: Error & { reused?: boolean; code?: string }) => {
    if (error.reused && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return exchangeOnce(base, options);
    throw error;
  });
}

function exchangeOnce(base: string, options: ExchangeOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { body, pieces = 1 } = options;
    const headers = { ...options.headers };
    if (body !== undefined && pieces <= 1) headers['content-length'] = String(Buffer.byteLength(body));
    const req = request(`${base}${options.path}`, { method: options.method, headers, agent }, (res) => {
      let text = '';
      const answer = () => ({
        status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type'] ?? ''),
        body: text,
        headers: JSON.stringify(res.headers),
      });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (text.length < MAX_ANSWER) text += chunk;
        // A subscription over SSE never ends by itself (pings keep it busy): its first event, or
        // its first error, is the answer to judge; then the stream is dropped.
        // Only whole events count: a chunk may end inside one (after a keep-alive comment, say).
        if (answer().contentType.includes('text/event-stream') && /event: (next|complete)|errors/.test(wholeEvents(text))) {
          clearTimeout(deadline);
          resolve(answer());
          req.destroy();
        }
      });
      res.on('end', () => {
        clearTimeout(deadline);
        resolve(answer());
      });
      res.on('error', reject);
    });
    // A deadline on the whole exchange, not only on a quiet socket: a stream kept busy must not
    // hold the run forever.
    // Rejected here, not through the request's events: once an answer has begun, destroying the
    // request need not surface an error on either side.
    const deadline = setTimeout(() => {
      reject(new Error(`no whole answer in 30 s to ${options.method} ${options.path.slice(0, 200)}`));
      req.destroy();
    }, 30_000);
    req.on('error', (error) => reject(Object.assign(error, { reused: req.reusedSocket })));
    if (body === undefined) return void req.end();
    if (pieces <= 1) return void req.end(body);
    const step = Math.max(1, Math.ceil(body.length / pieces));
    for (let i = 0; i < body.length; i += step) req.write(body.slice(i, i + step));
    req.end();
  });
}

/** A body of `size` bytes, declared or chunked, to a capped route; resolves the answer. */
function hugeExchange(base: string, path: string, size: number, chunked: boolean, fill: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' };
    if (!chunked) headers['content-length'] = String(size);
    // A connection of its own: the gateway closes it after a 413.
    let answered = false;
    // On the whole exchange, answer body included: a 413 whose body never ends fails here too.
    const deadline = setTimeout(() => {
      reject(new Error(`no whole answer in 30 s to a ${size}-byte ${chunked ? 'chunked ' : ''}body on ${path}`));
      req.destroy();
    }, 30_000);
    const req = request(`${base}${path}`, { method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        clearTimeout(deadline);
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: text, headers: '' });
      });
      res.on('error', reject);
    });
    // The gateway answers 413 and closes while the body is still coming: writing may then fail
    // (EPIPE) before the answer is read. Only a socket that closes with no answer is a failure.
    let failure: Error | null = null;
    req.on('error', (error) => (failure = error));
    req.on('close', () => {
      if (answered) return;
      clearTimeout(deadline);
      reject(failure ?? new Error('closed with no answer'));
    });
    const chunk = fill.repeat(Math.ceil((16 * 1024) / fill.length)).slice(0, 16 * 1024);
    let written = 0;
    const write = () => {
      while (written < size) {
        const piece = chunk.slice(0, Math.min(chunk.length, size - written));
        written += piece.length;
        if (!req.write(piece)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

/** The whole events of an SSE body: what comes before its last blank line. */
function wholeEvents(text: string): string {
  const end = text.lastIndexOf('\n\n');
  return end < 0 ? '' : text.slice(0, end);
}

/** The GraphQL errors of an answer: a JSON body, or each whole event of an event stream. */
function graphqlErrorsOf(answer: Answer): unknown[] {
  const bodies: string[] = answer.contentType.includes('text/event-stream')
    ? wholeEvents(answer.body)
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5))
    : answer.contentType.includes('json')
      ? [answer.body]
      : [];
  return bodies.flatMap((text) => {
    if (text.trim() === '') return [];
    const parsed = JSON.parse(text) as { errors?: unknown[] } | unknown[];
    if (Array.isArray(parsed)) return parsed.flatMap((p) => (p as { errors?: unknown[] }).errors ?? []);
    return parsed.errors ?? [];
  });
}

/** Fails unless every error carries a string `extensions.code`. */
function expectCodes(errors: unknown[], what: unknown): void {
  for (const error of errors) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code !== 'string')
      throw new Error(`an error without extensions.code: ${JSON.stringify(error)} for ${JSON.stringify(what).slice(0, 400)}`);
  }
}

describe('hostile input (property-based, fast-check)', () => {
  let emulator: Emulator;
  let gateway: GatewayProcess;
  let credentials: Record<Credential, string | null>;
  let secrets: string[];
  let fixtures: Fixtures;
  const replays: { body: string; jwt: string }[] = [];
  const slowSockets: WebSocket[] = [];
  const deafSockets: Socket[] = [];

  /** Fails when `text` holds a secret, raw or URL-encoded. */
  const expectNoSecret = (text: string, what: unknown) => {
    for (const secret of secrets) {
      if (text.includes(secret) || text.includes(encodeURIComponent(secret))) {
        throw new Error(`a secret leaked (${secret.slice(0, 6)}...) in the answer to ${JSON.stringify(what).slice(0, 400)}`);
      }
    }
  };

  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    exchange(gateway.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials.admin}` },
      body: JSON.stringify({ query, variables }),
    }).then((answer) => {
      const json = JSON.parse(answer.body) as { data?: any; errors?: unknown[] };
      if (json.errors) throw new Error(`setup failed: ${answer.body}`);
      return json.data;
    });

  const join = async (token: string) => {
    const res = await fetch(`${emulator.url}/emulator/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    return ((await res.json()) as { connectionId: string }).connectionId;
  };

  beforeAll(async () => {
    emulator = await createEmulator({ opentok: OPENTOK, openvidu: { secret: OPENVIDU_SECRET }, archiveReadyDelayMs: 200 });
    gateway = await startGatewayProcess(emulator);
    emulator.configure({
      callbackUrl: `${gateway.url}/webhooks/opentok`,
      callbackSecret: WEBHOOK_SECRET,
      openviduWebhookUrl: `${gateway.url}/webhooks/openvidu`,
    });
    credentials = {
      admin: await hsToken({ scope: 'video:admin', sub: 'hostile-admin' }, AUTH_SECRET),
      narrow: await hsToken({ scope: 'video:sessions:read', sub: 'hostile-narrow' }, AUTH_SECRET),
      none: null,
      expired: await hsToken({ scope: 'video:admin', expiresIn: -3_600 }, AUTH_SECRET),
      forged: await hsToken({ scope: 'video:admin' }, 'a-forger-secret-of-at-least-32-chars!!'),
      'alg-none': `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"scope":"video:admin","exp":9999999999}').toString('base64url')}.`,
      garbage: 'not-a-jwt',
    };

    // Real objects, so some probes reach the platforms, and minted tokens that must never show up again.
    const ot = (await admin('mutation { createSession(input: { mediaMode: ROUTED }) { id sessionId } }')).createSession;
    const ov = (await admin('mutation { createSession(input: { provider: OPENVIDU }) { id sessionId } }')).createSession;
    const minted: string[] = [];
    const connectionIds: string[] = [];
    for (const session of [ot, ov]) {
      const { generateToken } = await admin('mutation($s: ID!) { generateToken(input: { sessionId: $s, role: MODERATOR }) { token } }', {
        s: session.id,
      });
      minted.push(generateToken.token);
      connectionIds.push(await join(generateToken.token));
    }
    const archive = (await admin('mutation($s: ID!) { startArchive(input: { sessionId: $s }) { id archiveId } }', { s: ot.id }))
      .startArchive;
    fixtures = {
      sessionIds: [ot.id, ot.sessionId, ov.id, ov.sessionId],
      archiveIds: [archive.id, archive.archiveId],
      connectionIds,
    };
    secrets = [
      OPENTOK.apiSecret,
      OPENVIDU_SECRET,
      Buffer.from(`OPENVIDUAPP:${OPENVIDU_SECRET}`).toString('base64'),
      AUTH_SECRET,
      WEBHOOK_SECRET,
      ...Object.values(credentials).filter((c): c is string => c !== null && c.length > 20),
      ...minted,
    ];
  }, 90_000);

  afterAll(async () => {
    for (const socket of slowSockets) socket.terminate();
    for (const socket of deafSockets) socket.destroy();
    agent.destroy();
    if (gateway?.child.exitCode === null) {
      const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
    }
    await emulator?.close();
  }, 30_000);

  /** The value of the `authorization` header a credential stands for. */
  const authorization = (credential: Credential): Record<string, string> => {
    const value = credentials[credential];
    if (value === null) return {};
    return { authorization: credential === 'garbage' ? value : `Bearer ${value}` };
  };

  async function sendGraphql(probe: Extract<Probe, { kind: 'graphql' }>): Promise<void> {
    const headers: Record<string, string> = { accept: probe.accept, ...authorization(probe.credential) };
    if (probe.contentType) headers['content-type'] = probe.contentType;
    if (probe.csrfHeader) headers['x-graphql-yoga-csrf'] = '1';
    if (probe.origin) headers.origin = probe.origin;
    sent.graphql++;
    const answer =
      probe.method === 'GET'
        ? await exchange(gateway.url, { method: 'GET', path: `/graphql?${probe.payload}`, headers })
        : await exchange(gateway.url, { method: 'POST', path: '/graphql', headers, body: probe.payload, pieces: probe.chunked ? 3 : 1 });
    if (answer.status >= 500)
      throw new Error(`HTTP ${answer.status} ${answer.body.slice(0, 400)} for ${JSON.stringify(probe).slice(0, 400)}`);
    expectNoSecret(answer.body + answer.headers, probe);
    expectCodes(graphqlErrorsOf(answer), probe);
  }

  async function sendOpenTokWebhook(probe: Extract<Probe, { kind: 'opentok-webhook' }>): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    let body = probe.body;
    let bearer: string | null = null;
    switch (probe.signing) {
      case 'valid':
        bearer = await signCallback(body, WEBHOOK_SECRET, OPENTOK.apiKey);
        if (replays.length < 200) replays.push({ body, jwt: bearer });
        break;
      case 'replay': {
        const old = replays[body.length % Math.max(1, replays.length)];
        if (old) ({ body, jwt: bearer } = old);
        break;
      }
      case 'stale':
        bearer = await signCallback(body, WEBHOOK_SECRET, OPENTOK.apiKey, now - 3_600);
        break;
      case 'future':
        bearer = await signCallback(body, WEBHOOK_SECRET, OPENTOK.apiKey, now + 3_600);
        break;
      case 'wrong-secret':
        bearer = await signCallback(body, 'not-the-webhook-secret', OPENTOK.apiKey);
        break;
      case 'other-body':
        bearer = await signCallback(`${body} `, WEBHOOK_SECRET, OPENTOK.apiKey);
        break;
      case 'alg-none':
        bearer = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iat: now, payload_hash: 'x' })).toString('base64url')}.`;
        break;
      case 'garbage':
        bearer = 'garbage';
        break;
      case 'none':
        break;
    }
    sent.opentokWebhooks++;
    const answer = await exchange(gateway.url, {
      method: 'POST',
      path: '/webhooks/opentok',
      headers: { 'content-type': probe.contentType, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body,
    });
    if (answer.status >= 500) throw new Error(`HTTP ${answer.status} ${answer.body.slice(0, 400)} for ${JSON.stringify(probe)}`);
    const signed = probe.signing === 'valid' || (probe.signing === 'replay' && replays.length > 0);
    if (!signed && answer.status < 300) throw new Error(`an OpenTok callback signed "${probe.signing}" was accepted: ${answer.body}`);
    expectNoSecret(answer.body + answer.headers, probe);
  }

  async function sendOpenViduWebhook(probe: Extract<Probe, { kind: 'openvidu-webhook' }>): Promise<void> {
    sent.openviduWebhooks++;
    const answer = await exchange(gateway.url, {
      method: 'POST',
      path: '/webhooks/openvidu',
      headers: { 'content-type': probe.contentType, ...(probe.bearer ? { authorization: probe.bearer } : {}) },
      body: probe.body,
    });
    if (answer.status >= 500) throw new Error(`HTTP ${answer.status} ${answer.body.slice(0, 400)} for ${JSON.stringify(probe)}`);
    expectNoSecret(answer.body + answer.headers, probe);
  }

  async function sendHuge(probe: Extract<Probe, { kind: 'huge' }>): Promise<void> {
    sent.huge++;
    const answer = await hugeExchange(gateway.url, probe.path, probe.size, probe.chunked, probe.fill);
    if (answer.status !== 413) throw new Error(`HTTP ${answer.status} instead of 413 for ${JSON.stringify(probe)}`);
    expectNoSecret(answer.body, probe);
  }

  /** The frame with the placeholders of the probe generator replaced by real credentials. */
  const withCredentials = (frame: Frame): string | Buffer =>
    'binary' in frame
      ? Buffer.from(frame.binary)
      : frame.text
          .replace('"ADMIN"', JSON.stringify(`Bearer ${credentials.admin}`))
          .replace('"EXPIRED"', JSON.stringify(`Bearer ${credentials.expired}`));

  async function sendWebSocket(probe: Extract<Probe, { kind: 'websocket' }>): Promise<void> {
    const url = `${gateway.url.replace(/^http/, 'ws')}/graphql`;
    const ws = new WebSocket(url, probe.protocol ?? undefined, {
      handshakeTimeout: 30_000,
      ...(probe.origin ? { origin: probe.origin } : {}),
    });
    sent.wsUpgrades++;
    const messages: string[] = [];
    let close: { code: number; reason: string } | null = null;
    ws.on('message', (data) => messages.push(String(data)));
    ws.on('error', () => {});
    const closed = new Promise<void>((resolve) =>
      ws.once('close', (code, reason) => {
        close = { code, reason: String(reason) };
        resolve();
      }),
    );
    const opened = await new Promise<boolean | number>((resolve) => {
      ws.once('open', () => resolve(true));
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      ws.once('error', () => resolve(false));
      ws.once('close', () => resolve(false));
    });
    if (typeof opened === 'number') {
      if (opened >= 500) throw new Error(`upgrade answered ${opened} for ${JSON.stringify(probe).slice(0, 400)}`);
      return;
    }
    // The ws client itself refuses a server that picked no subprotocol it asked for.
    if (!opened) return;
    const sendFrame = (frame: Frame) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      ws.send(withCredentials(frame));
      sent.wsFrames++;
    };
    if (probe.init) {
      sendFrame(probe.init);
      await Promise.race([
        closed,
        until('connection_ack', () => messages.some((m) => m.includes('"connection_ack"')), 3_000).catch(() => {}),
      ]);
    }
    for (const frame of probe.frames) sendFrame(frame);
    // A pong says every frame before it was handled.
    sendFrame({ text: '{"type":"ping"}' });
    await Promise.race([closed, until('pong', () => messages.some((m) => m.includes('"pong"')), 3_000).catch(() => {})]);
    if (ws.readyState === WebSocket.OPEN) ws.close(1000);
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    if (!close) ws.terminate();
    const ended = close as { code: number; reason: string } | null;
    if (ended && (ended.code === 4500 || ended.code === 1011)) {
      throw new Error(`the socket closed with ${ended.code} ${ended.reason} for ${JSON.stringify(probe).slice(0, 600)}`);
    }
    expectNoSecret(messages.join('\n') + (ended?.reason ?? ''), probe);
    for (const text of messages) {
      const message = JSON.parse(text) as { type: string; payload?: unknown };
      if (message.type === 'error') expectCodes(message.payload as unknown[], probe);
      if (message.type === 'next') expectCodes((message.payload as { errors?: unknown[] }).errors ?? [], probe);
    }
  }

  /** Probes sent and not yet judged, for the message of a batch that does not finish. */
  const pending = new Set<Probe>();

  const send = (probe: Probe): Promise<void> => {
    pending.add(probe);
    return sendOne(probe).finally(() => pending.delete(probe));
  };

  /**
   * One batch, bounded as a whole: every exchange already has its own deadline, so a batch that is
   * still running after {@link BATCH_DEADLINE_MS} means the test itself waits on something with
   * none. It then fails naming what is still pending and what the gateway logged last, instead
   * of holding the run until vitest's timeout says nothing.
   */
  async function sendBatch(batch: Probe[]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const what = [...pending].map((p) => JSON.stringify(p).slice(0, 200));
        reject(
          new Error(
            `a batch still had ${pending.size} probe(s) pending after ${BATCH_DEADLINE_MS / 1000} s ` +
              `(gateway ${gateway.child.exitCode === null ? 'running' : `exited ${gateway.child.exitCode}`}):\n` +
              `${what.join('\n')}\nlast gateway log lines:\n${gateway.logs.slice(-20).join('\n').slice(-4_000)}`,
          ),
        );
      }, BATCH_DEADLINE_MS);
    });
    try {
      await Promise.race([Promise.all(batch.map(send)), stalled]);
    } finally {
      clearTimeout(timer);
    }
  }

  const sendOne = (probe: Probe): Promise<void> => {
    switch (probe.kind) {
      case 'graphql':
        return sendGraphql(probe);
      case 'opentok-webhook':
        return sendOpenTokWebhook(probe);
      case 'openvidu-webhook':
        return sendOpenViduWebhook(probe);
      case 'huge':
        return sendHuge(probe);
      case 'websocket':
        return sendWebSocket(probe);
    }
  };

  /** Sockets that subscribe to a session, then never read while its archives keep changing. */
  async function startSlowSubscribers(): Promise<() => Promise<void>> {
    const { sessionId } = (await admin('mutation { createSession(input: { mediaMode: ROUTED }) { sessionId } }')).createSession;
    for (let i = 0; i < SLOW_SOCKETS; i++) {
      const ws = new WebSocket(`${gateway.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { handshakeTimeout: 30_000 });
      ws.on('error', () => {});
      const messages: string[] = [];
      ws.on('message', (data) => messages.push(String(data)));
      await until('a slow subscriber socket to open', () => ws.readyState === WebSocket.OPEN, 30_000);
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${credentials.admin}` } }));
      await until('connection_ack', () => messages.length > 0);
      for (let s = 0; s < SLOW_SUBSCRIPTIONS; s++) {
        ws.send(
          JSON.stringify({
            id: `slow${s}`,
            type: 'subscribe',
            payload: { query: print(ArchiveStatusChangedDocument), variables: { sessionId } },
          }),
        );
      }
      sent.wsUpgrades++;
      sent.wsFrames += 1 + SLOW_SUBSCRIPTIONS;
      ws.pause();
      slowSockets.push(ws);
    }
    // Verified callbacks, each about another archive of that session: published as they come.
    let stop = false;
    let next = 0;
    const produce = async () => {
      for (let i = next++; i < SLOW_ARCHIVE_CHANGES && !stop; i = next++) {
        const body = JSON.stringify({
          id: `5c0ffee0-0000-4000-8000-${String(i).padStart(12, '0')}`,
          event: 'archive',
          status: 'started',
          sessionId,
          createdAt: Date.now(),
          updatedAt: Date.now(),
          partnerId: Number(OPENTOK.apiKey),
          name: `slow ${i}`,
          outputMode: 'composed',
        });
        const jwt = await signCallback(body, WEBHOOK_SECRET, OPENTOK.apiKey);
        const answer = await exchange(gateway.url, {
          method: 'POST',
          path: '/webhooks/opentok',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
          body,
        });
        sent.slowArchiveChanges++;
        if (answer.status !== 200) throw new Error(`a signed archive callback was answered ${answer.status}: ${answer.body}`);
      }
    };
    const producer = Promise.all([produce(), produce(), produce()]);
    // Judged when the run ends; until then a failure must not go unhandled.
    producer.catch(() => {});
    return async () => {
      stop = true;
      await producer;
    };
  }

  /** Raw sockets that pipeline requests and never read an answer. */
  async function startDeafSockets(): Promise<void> {
    const { port } = new URL(gateway.url);
    const requestText =
      `GET /graphql?query=${encodeURIComponent('{ providers { name sip archives } }')} HTTP/1.1\r\n` +
      `Host: 127.0.0.1\r\nx-graphql-yoga-csrf: 1\r\nauthorization: Bearer ${credentials.admin}\r\naccept: application/json\r\n\r\n`;
    for (let i = 0; i < DEAF_SOCKETS; i++) {
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('error', reject);
      });
      socket.pause();
      socket.write(requestText.repeat(DEAF_REQUESTS));
      sent.deafRequests += DEAF_REQUESTS;
      deafSockets.push(socket);
    }
  }

  it('should answer every hostile request and frame without a 5xx, an uncoded error, a leaked secret, a crash or unbounded memory', async () => {
    const pid = gateway.child.pid!;
    const rssBefore = rssMb(pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      // `ps` fails once the process is gone; the assertions after the run say so, not this timer.
      if (gateway.child.exitCode === null) {
        try {
          rssPeak = Math.max(rssPeak, rssMb(pid));
        } catch {}
      }
    }, 1_000);
    const started = Date.now();
    await startDeafSockets();
    const stopSlow = await startSlowSubscribers();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(anyProbe(fixtures), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          await sendBatch(batch);
          const health = await exchange(gateway.url, { method: 'GET', path: '/healthz', headers: {} });
          if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
        }),
        // No shrinking: probes of a batch run together against a gateway whose state the earlier
        // batches changed, so a smaller batch replays nothing; and each shrinking step could wait
        // out the deadlines again, holding the run past its timeout with the failure unsaid.
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    } catch (error) {
      console.error(`hostile input property failed with seed ${SEED} (rerun with HOSTILE_SEED=${SEED})`);
      throw error;
    } finally {
      clearInterval(sampler);
      await stopSlow();
    }

    // Still serving, and quickly, with the deaf and slow sockets still open.
    const t0 = Date.now();
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    const healthMs = Date.now() - t0;
    expect(gateway.child.exitCode).toBeNull();
    const rssAfter = rssMb(pid);
    rssPeak = Math.max(rssPeak, rssAfter);
    expect(rssAfter - rssBefore).toBeLessThan(RSS_GROWTH_BOUND_MB);
    expect(gateway.logs.join('\n')).not.toMatch(/uncaught|unhandled/i);
    for (const line of gateway.logs) expectNoSecret(line, 'the gateway log');
    if (total() < MINIMUM_SENT) throw new Error(`sent only ${total()} requests and frames: ${JSON.stringify(sent)}`);
    console.log(
      `hostile run (seed ${SEED}): sent ${total()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${sent.graphql} GraphQL requests, ${sent.huge} bodies over a cap, ${sent.opentokWebhooks} OpenTok and ${sent.openviduWebhooks} OpenVidu webhooks, ` +
        `${sent.wsUpgrades} WebSocket upgrades with ${sent.wsFrames} frames, ${sent.slowArchiveChanges} archive changes to ${SLOW_SOCKETS} sockets that never read, ` +
        `${sent.deafRequests} pipelined requests on ${DEAF_SOCKETS} sockets that never read; 0 5xx; RSS ${rssBefore.toFixed(0)} -> ${rssAfter.toFixed(0)} MB ` +
        `(peak ${rssPeak.toFixed(0)}); /healthz in ${healthMs} ms`,
    );
    // About 20 s alone and 65 s beside three other files on a loaded 2-core machine; in the whole
    // suite it shares the cores with every other file.
  }, 300_000);
});
