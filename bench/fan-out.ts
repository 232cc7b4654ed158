/**
 * archiveStatusChanged fan-out: N WebSocket subscribers of one session, held by two child processes
 * (bench/fan-out-clients.ts), receive archive events the bench posts as signed OpenTok webhooks.
 * Measured per N: delivery latency (webhook POST to arrival, on the clock all processes share),
 * the webhook's own answer time, deliveries, and the gateway's heap per subscriber after GC.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { signCallback } from '../test/helpers/signed-callback.js';
import type { ClientMessage, ConnectOrder } from './fan-out-clients.js';
import { gqlOk } from './graphql.js';
import { startAnchor } from './http-load.js';
import { connectInspector } from './inspector.js';
import { type Child, forkTs, waitFor } from './processes.js';
import { percentile } from './stats.js';
import { callerToken, OPENTOK_KEY, type RunningEmulator, startGateway, WEBHOOK_SECRET } from './stack.js';

/** Webhooks measured per size, posted one at a time. */
export const EVENTS = 10;
/** Processes holding the subscribers. */
const CLIENT_PROCESSES = 2;
/** How long one event may take to reach every subscriber before the next is posted anyway. */
const EVENT_TIMEOUT_MS = 5_000;
/** Pause between one event's last delivery and the next webhook, so webhooks do not queue. */
const EVENT_GAP_MS = 100;

/** The figures of one fan-out size. */
export interface FanOutFigures {
  subscribers: number;
  /** Subscribers that failed to connect or subscribe, or were closed early. */
  failed: number;
  firstError?: string;
  delivered: number;
  expected: number;
  p50Ms: number;
  p99Ms: number;
  webhookP50Ms: number;
  webhookMaxMs: number;
  /** Null when the server's heap was not read (the anchor). */
  heapBytesPerSubscriber: number | null;
  /** Seconds from the first socket opening to every subscriber having received a first event. */
  setupSeconds: number;
}

const now = () => performance.timeOrigin + performance.now();

/** Two client processes and what they said. */
class ClientGroup {
  readonly children: Child[] = [];
  private readonly complete = new Map<string, number>();

  constructor(count: number) {
    for (let i = 0; i < CLIENT_PROCESSES; i++) {
      const child = forkTs('fan-out-clients', 'bench/fan-out-clients.ts');
      child.process.on('message', (message: ClientMessage) => {
        if (message.type === 'complete') this.complete.set(message.archiveId, (this.complete.get(message.archiveId) ?? 0) + 1);
      });
      this.children.push(child);
    }
    this.count = count;
  }

  readonly count: number;

  /** Resolves with the next message of `type` from `child`. */
  private next<T extends ClientMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ClientMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: ClientMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<ClientMessage, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`a fan-out client process exited (${code}) before '${type}'`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  }

  /** Opens every subscriber, half in each process; resolves to how many failed. */
  async connect(order: Omit<ConnectOrder, 'type' | 'count' | 'localAddresses'>): Promise<{ failed: number; firstError?: string }> {
    const answers = this.children.map((child, i) => {
      const answer = this.next(child.process, 'connected');
      // Each process its own loopback source addresses: 4 x ~28k ephemeral ports each.
      const localAddresses = [2, 3, 4, 5].map((n) => `127.0.0.${n + 4 * i}`);
      child.process.send({ type: 'connect', ...order, count: this.share(i), localAddresses } satisfies ConnectOrder);
      return answer;
    });
    const done = await Promise.all(answers);
    return {
      failed: done.reduce((sum, d) => sum + d.failed, 0),
      ...(done.find((d) => d.firstError) ? { firstError: done.find((d) => d.firstError)!.firstError } : {}),
    };
  }

  /** How many subscribers process `i` holds. */
  share(i: number): number {
    return Math.floor(this.count / CLIENT_PROCESSES) + (i < this.count % CLIENT_PROCESSES ? 1 : 0);
  }

  /** Whether every process has seen `archiveId` reach all of its subscribers. */
  reachedAll(archiveId: string): boolean {
    return (this.complete.get(archiveId) ?? 0) === CLIENT_PROCESSES;
  }

  /** Every process's receipts and failures. */
  report(): Promise<Extract<ClientMessage, { type: 'report' }>[]> {
    return Promise.all(
      this.children.map((child) => {
        const answer = this.next(child.process, 'report');
        child.process.send({ type: 'report' });
        return answer;
      }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => child.stop()));
  }
}

/** Posts one signed OpenTok archive callback for a new archive of `sessionId`; returns when it was sent and how long the answer took. */
async function postArchiveEvent(gatewayUrl: string, sessionId: string, archiveId: string): Promise<{ sentAt: number; answerMs: number }> {
  const body = JSON.stringify({
    id: archiveId,
    event: 'archive',
    status: 'started',
    sessionId,
    partnerId: Number(OPENTOK_KEY),
    createdAt: Date.now(),
    updatedAt: Date.now(),
    name: 'bench',
    hasAudio: true,
    hasVideo: true,
    outputMode: 'composed',
  });
  // Signed before the clock starts: the platform signs before it sends.
  const signature = await signCallback(body, WEBHOOK_SECRET, OPENTOK_KEY);
  const sentAt = now();
  const res = await fetch(`${gatewayUrl}/webhooks/opentok`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${signature}` },
    body,
  });
  await res.arrayBuffer();
  const answerMs = now() - sentAt;
  if (res.status !== 200) throw new Error(`the webhook answered ${res.status}`);
  return { sentAt, answerMs };
}

/** WebSocket subscriptions open in the gateway now, from its metrics. */
async function activeSubscriptions(gatewayUrl: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  return Number(/video_subscriptions_active\{transport="ws"\} (\d+)/.exec(text)?.[1] ?? Number.NaN);
}

/** A server the fan-out rows measure: it takes graphql-transport-ws subscribers and archive webhooks. */
interface FanOutTarget {
  /** Its `http://host:port`. */
  url: string;
  /** The native session id subscribed to, and the caller token of `connection_init`. */
  sessionId: string;
  token: string;
  /** The heap in use after GC, when its inspector is open. */
  heapUsedAfterGc?: () => Promise<number>;
}

/** Measures each size of `sizes` in turn against `target`. */
async function measureSizes(target: FanOutTarget, sizes: number[], log: (line: string) => void, name: string): Promise<FanOutFigures[]> {
  const { url, sessionId, token } = target;
  const figures: FanOutFigures[] = [];
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  for (const size of sizes) {
    log(`fan-out: ${name}, ${size} subscribers`);
    await waitFor(
      'the previous subscribers to be gone',
      async () => ((await activeSubscriptions(url)) === 0 ? true : undefined),
      60_000,
      200,
    );
    const heapBefore = await target.heapUsedAfterGc?.();
    const group = new ClientGroup(size);
    try {
      const setupStart = now();
      const { failed, firstError } = await group.connect({ url: wsUrl, token, sessionId });
      // A subscriber listens some time after its subscribe went out: probe events until one
      // has reached every subscriber, so the measured events find them all listening.
      await waitFor(
        `a probe event to reach all ${size} subscribers`,
        async () => {
          const probe = randomUUID();
          await postArchiveEvent(url, sessionId, probe);
          const reached = await waitFor('', () => (group.reachedAll(probe) ? true : undefined), 3_000, 20).catch(() => undefined);
          return reached;
        },
        120_000,
        0,
      );
      const setupSeconds = (now() - setupStart) / 1000;
      const heapWith = await target.heapUsedAfterGc?.();

      const sent = new Map<string, number>();
      const answers: number[] = [];
      for (let i = 0; i < EVENTS; i++) {
        const archiveId = randomUUID();
        const { sentAt, answerMs } = await postArchiveEvent(url, sessionId, archiveId);
        sent.set(archiveId, sentAt);
        answers.push(answerMs);
        await waitFor('', () => (group.reachedAll(archiveId) ? true : undefined), EVENT_TIMEOUT_MS, 5).catch(() => undefined);
        await sleep(EVENT_GAP_MS);
      }
      const reports = await group.report();
      const latencies: number[] = [];
      for (const report of reports) {
        for (const [archiveId, times] of Object.entries(report.receipts)) {
          const sentAt = sent.get(archiveId);
          if (sentAt !== undefined) for (const at of times) latencies.push(at - sentAt);
        }
      }
      latencies.sort((a, b) => a - b);
      answers.sort((a, b) => a - b);
      const lateError = reports.find((r) => r.firstError)?.firstError;
      figures.push({
        subscribers: size,
        failed: failed + reports.reduce((sum, r) => sum + r.closedEarly, 0),
        ...(firstError || lateError ? { firstError: firstError ?? lateError } : {}),
        delivered: latencies.length,
        expected: size * EVENTS,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        webhookP50Ms: percentile(answers, 50),
        webhookMaxMs: answers[answers.length - 1]!,
        heapBytesPerSubscriber: heapWith === undefined || heapBefore === undefined ? null : (heapWith - heapBefore) / size,
        setupSeconds,
      });
    } finally {
      await group.stop();
    }
  }
  return figures;
}

/** Measures each size of `sizes` in turn against one gateway (started with its inspector on). */
export async function measureFanOut(emulator: RunningEmulator, sizes: number[], log: (line: string) => void): Promise<FanOutFigures[]> {
  const gateway = await startGateway(emulator.url, { inspect: true });
  const inspector = await connectInspector(gateway.inspectorUrl!);
  try {
    const admin = await callerToken('video:admin');
    const sessionId = (await gqlOk(gateway.url, admin, 'mutation { createSession(input: { mediaMode: ROUTED }) { sessionId } }'))
      .createSession.sessionId as string;
    const token = await callerToken('video:archives:read');
    return await measureSizes(
      { url: gateway.url, sessionId, token, heapUsedAfterGc: () => inspector.heapUsedAfterGc() },
      sizes,
      log,
      'gateway',
    );
  } finally {
    inspector.close();
    await gateway.child.stop();
  }
}

/**
 * The same sizes against the fan-out anchor (bench/anchors/bare-ws.ts), with the same client
 * processes: what writing N sockets and reading them in two client processes costs on this
 * machine, with nothing of the gateway's work.
 */
export async function measureBareFanOut(sizes: number[], log: (line: string) => void): Promise<FanOutFigures[]> {
  const anchor = await startAnchor('bare-ws');
  try {
    return await measureSizes({ url: anchor.url, sessionId: 'bench', token: 'none' }, sizes, log, 'anchor bare-ws');
  } finally {
    await anchor.child.stop();
  }
}
