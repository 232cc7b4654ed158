/**
 * Startup: from spawning `node dist/main.js` (production, against the emulator) to its first
 * `200` of `/healthz`, and the process's resident memory once idle.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnNode, waitForHttp } from './processes.js';
import { gatewayEnv, type RunningEmulator } from './stack.js';
import { percentile } from './stats.js';

/** Spawns measured; the median is reported. */
const RUNS = 3;
/** How long the gateway sits idle before its RSS is read. */
const IDLE_MS = 1_000;

/** What the startup measurement gave. */
export interface StartupFigures {
  medianMs: number;
  runsMs: number[];
  idleRssBytes: number;
}

/** Resident memory of process `pid` (Linux /proc). */
function rssBytes(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) * 1024;
}

/** Starts the gateway {@link RUNS} times, one after the other. */
export async function measureStartup(emulator: RunningEmulator): Promise<StartupFigures> {
  const runsMs: number[] = [];
  let idleRssBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawnNode('gateway-startup', ['dist/main.js'], gatewayEnv({ upstream: emulator.url, port }));
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, child);
      runsMs.push(performance.now() - started);
      await sleep(IDLE_MS);
      idleRssBytes = Math.max(idleRssBytes, rssBytes(child.process.pid!));
    } finally {
      await child.stop();
    }
  }
  return {
    medianMs: percentile(
      [...runsMs].sort((a, b) => a - b),
      50,
    ),
    runsMs,
    idleRssBytes,
  };
}
