import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { startGateway, type Gateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { until } from './until.js';

/**
 * Starts a whole gateway with its embedded emulator on ephemeral loopback ports, configured by
 * `env` over the test defaults. For a file of its own; files of the default configuration share
 * one (test/fixtures/shared-gateway.ts).
 */
export async function startTestGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    EMULATOR_PORT: '0',
    EMULATOR_STRICT: 'true',
    EMULATOR_ARCHIVE_READY_MS: '100',
    ARCHIVE_POLL_INTERVAL_MS: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  return startGateway(config, createLogger(config.logLevel));
}

/** A graphql-ws client on the gateway's `/graphql` WebSocket. */
export function wsClient(baseUrl: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

/**
 * Opens a graphql-transport-ws socket, sending `origin` as a browser would (none: as a server-side
 * client does); resolves 'open', or the HTTP status the upgrade was refused with.
 */
export function connectWebSocket(baseUrl: string, origin?: string): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => {});
  });
}

/** Collects a subscription's events; `next(n)` waits until n events have arrived. */
export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables: V) {
  const events: ExecutionResult<R>[] = [];
  const waiters: { n: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const settle = () => {
    for (const w of [...waiters]) {
      if (failure) w.reject(failure);
      else if (events.length >= w.n) w.resolve();
      else continue;
      waiters.splice(waiters.indexOf(w), 1);
    }
  };
  const dispose = client.subscribe<R>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        events.push(value as ExecutionResult<R>);
        settle();
      },
      error: (error) => {
        failure = error instanceof Error ? error : new Error(JSON.stringify(error));
        settle();
      },
      complete: () => {},
    },
  );
  return {
    events,
    /** Resolves once `n` events in total have arrived (rejects after `timeoutMs`). */
    until(n: number, timeoutMs = 10_000): Promise<ExecutionResult<R>[]> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${n} events; got ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(events);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        settle();
      });
    },
    dispose,
  };
}

/** A simulated client joining through the emulator's control API. */
export async function joinClient(emulatorUrl: string, token: string, data?: string): Promise<{ connectionId: string; sessionId: string }> {
  const response = await fetch(`${emulatorUrl}/emulator/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, data }),
  });
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { connectionId: string; sessionId: string };
}

/** That client publishes a stream. */
export async function publishStream(emulatorUrl: string, connectionId: string): Promise<string> {
  const response = await fetch(`${emulatorUrl}/emulator/clients/${connectionId}/streams`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hasAudio: true, hasVideo: true, videoType: 'camera' }),
  });
  if (response.status !== 201) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { streamId: string }).streamId;
}

/**
 * Resolves once the gateway has at least `count` subscription listeners on its event bus, i.e. a
 * subscription has reached the server. Only for a gateway of the test's own (the shared one serves
 * other files at the same time), and only where no event says so: a subscription to one archive
 * sends that archive's current status first, once it listens; one to a session sends nothing.
 */
export async function untilListening(gateway: Gateway, count: number): Promise<void> {
  await until(`${count} subscription listeners (now ${gateway.app.bus.listenerCount})`, () => gateway.app.bus.listenerCount >= count);
}
