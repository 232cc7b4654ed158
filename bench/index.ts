/**
 * `npm run bench`: the figures of BENCHMARKS.md, measured side by side in one run on this machine
 * and printed as one markdown table; also writes BENCHMARKS.md and bench/chart.svg.
 *
 * `BENCH_ONLY=throughput,startup npm run bench` measures only the sections named (startup,
 * throughput, upstream, fan-out) and prints their rows; it writes neither file, which hold a whole run.
 *
 * Every server runs in a child process of its own (bench/processes.ts kills them all on exit).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchmarksMarkdown } from './benchmarks-md.js';
import { chartSvg } from './chart.js';
import { measureBareFanOut, measureFanOut } from './fan-out.js';
import { killAll } from './processes.js';
import { type Goal, markdownTable, rows } from './report.js';
import { startEmulator } from './stack.js';
import { measureStartup } from './startup.js';
import { measureThroughput } from './throughput.js';
import { measureUpstreamCalls } from './upstream-calls.js';

/** Subscriber counts of the fan-out rows. */
const FAN_OUT_SIZES = [1_000, 5_000, 10_000];

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** The sections of a run, in the order they are measured. */
const SECTIONS = ['startup', 'throughput', 'upstream', 'fan-out'] as const;
type Section = (typeof SECTIONS)[number];

/** The sections `BENCH_ONLY` names (comma-separated), or all when it is unset. */
function sectionsToRun(only: string | undefined): ReadonlySet<Section> {
  if (!only) return new Set(SECTIONS);
  const named = only.split(',').map((s) => s.trim());
  const unknown = named.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(', ')}; use ${SECTIONS.join(', ')}`);
  return new Set(named as Section[]);
}

async function main(): Promise<void> {
  const sections = sectionsToRun(process.env.BENCH_ONLY);
  const started = performance.now();
  log('building dist/');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const machine = `Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} (${cpu.length} cores), ${new Date().toISOString()}, load average at start ${load}`;

  const emulator = await startEmulator();
  if (sections.has('startup')) log('startup');
  const startup = sections.has('startup') ? await measureStartup(emulator) : undefined;
  const throughput = sections.has('throughput') ? await measureThroughput(emulator, log) : undefined;
  const upstream = sections.has('upstream') ? await measureUpstreamCalls(log) : undefined;
  const fanOut = sections.has('fan-out') ? await measureFanOut(emulator, FAN_OUT_SIZES, log) : undefined;
  const fanOutAnchor = sections.has('fan-out') ? await measureBareFanOut(FAN_OUT_SIZES, log) : undefined;
  await emulator.child.stop();

  const all = rows({ throughput, fanOut, fanOutAnchor, upstream, startup });
  const table = markdownTable(all);
  const runtimeSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${machine}\n\n${table}\n\nbench runtime ${runtimeSeconds.toFixed(0)} s\n`);
  // The files hold a whole run; a partial one is printed only.
  if (sections.size < SECTIONS.length) return;
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
