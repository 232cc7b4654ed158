/**
 * HTTP throughput of one server, measured with autocannon from the bench process while the server
 * runs in a child process of its own: a warm-up, then a measured run, every answer checked.
 */
import autocannon from 'autocannon';
import { type Child, spawnNode, waitFor } from './processes.js';

/** Concurrent connections of every run. */
export const CONNECTIONS = 50;
/** Seconds of warm-up (not counted) and of measurement. */
export const WARMUP_SECONDS = 1.5;
export const MEASURE_SECONDS = 8;

/** What one measured run gave. */
export interface HttpFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers other than 2xx. */
  non2xx: number;
  /** 2xx answers whose body was not GraphQL `data` without `errors`. */
  badBodies: number;
  total: number;
}

/** One POST of a JSON body to `url`. */
export interface HttpTarget {
  url: string;
  body: string;
  headers?: Record<string, string>;
}

/** A body is good when it holds `data` and no `errors` (the bare anchor answers `{"data":...}` too). */
const goodBody = (body: string | Buffer | undefined) => {
  const text = String(body ?? '');
  return text.includes('"data"') && !text.includes('"errors"');
};

function run(target: HttpTarget, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    verifyBody: goodBody,
  });
}

/**
 * Sends one request and checks its answer with `check` (so a broken setup cannot produce a fast
 * figure), warms up, then measures.
 */
export async function measureHttp(target: HttpTarget, check: (json: any) => boolean): Promise<HttpFigures> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await res.text();
  if (res.status !== 200 || !check(JSON.parse(text))) throw new Error(`${target.url} answered ${res.status}: ${text.slice(0, 400)}`);
  await run(target, WARMUP_SECONDS);
  const result = await run(target, MEASURE_SECONDS);
  return {
    requestsPerSecond: result.requests.total / (result.duration || MEASURE_SECONDS),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    badBodies: result.mismatches,
    total: result.requests.total,
  };
}

/** Starts an anchor server (bench/anchors/<name>.ts) in its own process; resolves to its URL. */
export async function startAnchor(name: string, env: Record<string, string> = {}): Promise<{ url: string; child: Child }> {
  const child = spawnNode(`anchor-${name}`, ['--import', 'tsx', `bench/anchors/${name}.ts`], env);
  const port = await waitFor(`anchor ${name} to listen`, () => {
    if (child.process.exitCode !== null) throw new Error(`anchor ${name} exited: ${child.output()}`);
    return /listening (\d+)/.exec(child.output())?.[1];
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
