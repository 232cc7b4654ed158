/**
 * `npm run bench`: the figures of BENCHMARKS.md, measured side by side in one run on this machine
 * and printed as one markdown table; also writes BENCHMARKS.md and bench/chart.svg.
 *
 * Every server runs in a child process of its own (bench/processes.ts kills them all on exit).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchmarksMarkdown } from './benchmarks-md.js';
import { chartSvg } from './chart.js';
import { measureFanOut } from './fan-out.js';
import { killAll } from './processes.js';
import { type Goal, markdownTable, rows } from './report.js';
import { startEmulator } from './stack.js';
import { measureStartup } from './startup.js';
import { measureThroughput } from './throughput.js';
import { measureUpstreamCalls } from './upstream-calls.js';

/** Subscriber counts of the fan-out rows. */
const FAN_OUT_SIZES = [1_000, 5_000, 10_000];

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  log('building dist/');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const machine = `Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), ${new Date().toISOString()}, load average at start ${load}`;

  const emulator = await startEmulator();
  log('startup');
  const startup = await measureStartup(emulator);
  const throughput = await measureThroughput(emulator, log);
  const upstream = await measureUpstreamCalls(log);
  const fanOut = await measureFanOut(emulator, FAN_OUT_SIZES, log);
  await emulator.child.stop();

  const all = rows({ throughput, fanOut, upstream, startup });
  const table = markdownTable(all);
  const runtimeSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${machine}\n\n${table}\n\nbench runtime ${runtimeSeconds.toFixed(0)} s\n`);
  const goals = all.flatMap((r) => (r.goal ? [r.goal] : [])) satisfies Goal[];
  writeFileSync('bench/chart.svg', chartSvg(goals, 'npm run bench: each figure against its goal', machine));
  writeFileSync('BENCHMARKS.md', benchmarksMarkdown(machine, table, runtimeSeconds));
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    killAll();
    process.exit(1);
  },
);
