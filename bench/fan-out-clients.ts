/**
 * A load-generating child process of the fan-out bench (bench/fan-out.ts): it holds `count`
 * WebSocket subscribers of `archiveStatusChanged(sessionId)`, one socket each, speaking
 * graphql-transport-ws with raw `ws` (lighter than a full client, so one process holds thousands),
 * and records when each event reaches each subscriber, on the clock every process shares:
 * `performance.timeOrigin + performance.now()`.
 *
 * Driven over IPC: {@link ConnectOrder} in, {@link ClientMessage}s out.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** What the bench asks of this process. */
export type ConnectOrder = {
  type: 'connect';
  /** The gateway's `ws://host:port/graphql`. */
  url: string;
  /** The caller token sent in `connection_init`. */
  token: string;
  /** The native session id subscribed to. */
  sessionId: string;
  count: number;
  /** Loopback source addresses the sockets are spread over (more ephemeral ports). */
  localAddresses: string[];
};

/** What this process tells the bench. */
export type ClientMessage =
  | { type: 'connected'; subscribed: number; failed: number; firstError?: string }
  | { type: 'complete'; archiveId: string }
  | { type: 'report'; receipts: Record<string, number[]>; closedEarly: number; errors: number; firstError?: string };

const SUBSCRIPTION = 'subscription($s: ID!) { archiveStatusChanged(sessionId: $s) { status archive { archiveId } } }';
/** Sockets opening at once: more would overflow the server's accept backlog and stall on SYN retries. */
const OPENING_AT_ONCE = 200;

const now = () => performance.timeOrigin + performance.now();
const send = (message: ClientMessage) => process.send!(message);

const receipts = new Map<string, number[]>();
const sockets: WebSocket[] = [];
let closedEarly = 0;
let errors = 0;
let firstError: string | undefined;
/** Subscribers an event must reach in this process to be complete here: known once all have subscribed. */
let expectedPerEvent = Number.POSITIVE_INFINITY;
let reporting = false;

/** Records the first arrival of each archive's event at one subscriber. */
function onEvent(seen: Set<string>, archiveId: string, at: number): void {
  if (seen.has(archiveId)) return;
  seen.add(archiveId);
  const times = receipts.get(archiveId) ?? [];
  if (times.length === 0) receipts.set(archiveId, times);
  times.push(at);
  if (times.length === expectedPerEvent) send({ type: 'complete', archiveId });
}

/** Opens one subscriber; resolves once its subscribe is sent (true), or it failed (false). */
function subscriber(order: ConnectOrder, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const localAddress = order.localAddresses[index % order.localAddresses.length];
    const socket = new WebSocket(order.url, 'graphql-transport-ws', {
      perMessageDeflate: false,
      ...(localAddress ? { localAddress } : {}),
    });
    const seen = new Set<string>();
    let settled = false;
    const settle = (ok: boolean, reason?: string) => {
      if (!ok) {
        errors += 1;
        firstError ??= reason;
      }
      if (!settled) resolve(ok);
      settled = true;
    };
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${order.token}` } }));
    });
    socket.on('message', (data) => {
      const at = now();
      const message = JSON.parse(String(data)) as { type: string; payload?: any };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { s: order.sessionId } } }));
        sockets.push(socket);
        settle(true);
      } else if (message.type === 'next') {
        const archiveId = message.payload?.data?.archiveStatusChanged?.archive?.archiveId;
        if (typeof archiveId === 'string') onEvent(seen, archiveId, at);
        else settle(false, `unexpected payload: ${JSON.stringify(message.payload).slice(0, 200)}`);
      } else if (message.type === 'error') {
        settle(false, `subscription error: ${JSON.stringify(message.payload).slice(0, 200)}`);
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      }
    });
    socket.on('error', (error) => settle(false, error.message));
    socket.on('close', (code, reason) => {
      if (!reporting) {
        closedEarly += 1;
        settle(false, `closed ${code} ${String(reason)}`);
      }
    });
  });
}

async function connect(order: ConnectOrder): Promise<void> {
  let next = 0;
  let subscribed = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: Math.min(OPENING_AT_ONCE, order.count) }, async () => {
      while (next < order.count) {
        if (await subscriber(order, next++)) subscribed += 1;
        else failed += 1;
      }
    }),
  );
  expectedPerEvent = subscribed;
  send({ type: 'connected', subscribed, failed, ...(firstError ? { firstError } : {}) });
}

process.on('message', (message: ConnectOrder | { type: 'report' }) => {
  if (message.type === 'connect') void connect(message);
  else if (message.type === 'report') {
    reporting = true;
    send({ type: 'report', receipts: Object.fromEntries(receipts), closedEarly, errors, ...(firstError ? { firstError } : {}) });
  }
});
// The bench's end (or its death) is this process's end.
process.on('disconnect', () => process.exit(0));
