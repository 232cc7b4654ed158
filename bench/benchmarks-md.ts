/** BENCHMARKS.md: how to run the bench, what each row means, the table and the chart of one run. */

/** The document, around the `table` of one run on the machine `machine` describes. */
export function benchmarksMarkdown(machine: string, table: string, runtimeSeconds: number): string {
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/index.ts\`), which builds \`dist/\` and measures everything below
side by side in one run of about ${Math.ceil(runtimeSeconds / 60)} minutes. The figures are from **one
run on the machine named here**; they depend on the machine and on what else it was doing, so
compare the rows of one run with each other, not with another machine's. Where the time goes,
what was done about it and what is left: [docs/performance.md](docs/performance.md).

${machine}

## How it runs

Every server runs in a child process of its own, so the load generator (autocannon, in the bench
process) shares no event loop with it: the gateway exactly as in production (\`node dist/main.js\`,
\`NODE_ENV=production\`, caller auth on with an HS256 bearer token, signed OpenTok webhooks, its
access log at \`info\` written to a file), in front of a standalone emulator (\`node dist/emulator/main.js\`).

- **HTTP rows**: 50 connections, 1.5 s warm-up then 8 s measured, POST JSON. Each server is checked
  with one request first, and every answer of the run is counted: a non-2xx answer, a connection
  error, or a body without \`data\` or with \`errors\` (bad bodies). The anchors: **A** a bare
  \`node:http\` server answering a fixed JSON body; **B** plain graphql-yoga answering \`{ hello }\`;
  **C** graphql-yoga whose \`generateToken(sessionId)\` resolver calls the official \`opentok\` SDK
  (\`new OpenTok(key, secret).generateToken(sessionId, { role: 'publisher' })\`). Ours is the
  gateway's \`generateToken\` mutation for an OpenTok session (signed locally, no upstream call); the
  ratio is ours over the anchor. \`archive(id)\` costs one upstream GET to the emulator.
- **Fan-out rows**: N graphql-ws subscribers of \`archiveStatusChanged(sessionId)\`, one socket each,
  held by two child processes (half each, sockets spread over loopback source addresses
  127.0.0.2-9). Probe webhooks are posted until one reaches every subscriber (all listening); then
  10 signed archive webhooks, each for a new archive of the session, one at a time: the next is
  posted once the previous reached every subscriber (or 5 s passed), plus 100 ms. Latency runs from
  the webhook's POST to each client's receipt, on the clock all processes share
  (\`performance.timeOrigin + performance.now()\`); the webhook answer time is the POST's own
  round trip. Heap per subscriber: the gateway's heap used after GC with the N subscribers, minus
  the same before they connected, over N, read through the inspector (\`--inspect\`, DevTools
  \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`). Anchor **D**, measured the same
  way with the same client processes: a bare \`ws\` server (\`bench/anchors/bare-ws.ts\`) that acks
  every subscriber and, for each webhook, answers it and then writes one fixed \`next\` frame to
  every socket in a loop, with no auth, no GraphQL and no queue: what writing N sockets, and reading
  them in two processes, costs on this machine by itself.
- **Upstream calls**: requests a proxy between the gateway and the emulator forwarded for one
  GraphQL request (the cases of \`test/e2e/upstream-calls.test.ts\` and
  \`test/e2e/subscription-reads.test.ts\`), each answer checked first.
- **Startup**: from spawning \`node dist/main.js\` to its first \`200\` of \`/healthz\`, median of 3;
  then the resident memory after 1 s idle.

## Results

${table}

![Each figure as a fraction of its goal](bench/chart.svg)
`;
}
