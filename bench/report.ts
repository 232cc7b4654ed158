/**
 * The bench's figures as rows of one markdown table (`measured | ours | anchor | ratio / figure |
 * goal | met?`), and the goals they are judged by, for the table and the chart alike.
 */
import type { FanOutFigures } from './fan-out.js';
import type { HttpFigures } from './http-load.js';
import type { StartupFigures } from './startup.js';
import type { Throughput } from './throughput.js';
import type { UpstreamCase } from './upstream-calls.js';

/** A figure judged against a goal: met when at least (`higher`) or at most (`lower`) the goal. */
export interface Goal {
  /** Short name for the chart. */
  label: string;
  value: number;
  goal: number;
  better: 'higher' | 'lower';
  /** How value and goal are written, e.g. `x` or ` ms`. */
  unit: string;
  /** Which statistic the goal judges, when the row shows several (`p99`, `max`). */
  of?: string;
}

/** One row of the table; `goal` is absent for figures shown without one. */
export interface Row {
  measured: string;
  ours: string;
  anchor: string;
  figure: string;
  goal?: Goal;
}

/** Everything one run measured (a `BENCH_ONLY` run: some of it). */
export interface Results {
  throughput: Throughput;
  fanOut: FanOutFigures[];
  /** The same sizes against the bare WebSocket anchor (bench/anchors/bare-ws.ts). */
  fanOutAnchor: FanOutFigures[];
  upstream: UpstreamCase[];
  startup: StartupFigures;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : int(n)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Whether `goal` is met. */
export const met = (goal: Goal) => (goal.better === 'higher' ? goal.value >= goal.goal : goal.value <= goal.goal);

/** `123 req/s (p50 4 ms, p99 20 ms; 0 errors, 0 non-2xx, 0 bad bodies)`. */
function http(f: HttpFigures): string {
  return `${int(f.requestsPerSecond)} req/s (p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}; ${f.errors} errors, ${f.non2xx} non-2xx, ${f.badBodies} bad bodies)`;
}

/** The rows of the table, in the order printed. */
export function rows({ throughput: t, fanOut = [], fanOutAnchor = [], upstream = [], startup }: Partial<Results>): Row[] {
  const out: Row[] = [];
  // A run of some sections only (BENCH_ONLY) has no figures for the others.
  if (t) {
    const ours = http(t.generateToken);
    const anchors: [string, string, HttpFigures, number][] = [
      ['A', 'bare `node:http`, fixed JSON', t.bare, 0.15],
      ['B', 'graphql-yoga `{ hello }`', t.yoga, 1],
      ['C', 'graphql-yoga + `opentok` SDK `generateToken`', t.yogaOpentok, 4],
    ];
    for (const [letter, name, figures, goal] of anchors) {
      const ratio = t.generateToken.requestsPerSecond / figures.requestsPerSecond;
      out.push({
        measured: `HTTP \`generateToken\` (OpenTok) vs anchor ${letter}: ${name}`,
        ours,
        anchor: http(figures),
        figure: `${ratio.toFixed(2)}x`,
        goal: { label: `generateToken / anchor ${letter}`, value: ratio, goal, better: 'higher', unit: 'x' },
      });
    }
    out.push({ measured: 'HTTP `archive(id)` (OpenTok, 1 upstream GET)', ours: http(t.archive), anchor: '', figure: '' });
  }

  const delivered = (f: FanOutFigures) => {
    const failed = f.failed ? `; ${f.failed} subscribers failed${f.firstError ? ` (${f.firstError})` : ''}` : '';
    return `${f.delivered.toLocaleString('en-US')} / ${f.expected.toLocaleString('en-US')} delivered${failed}`;
  };
  for (const f of fanOut) {
    const n = int(f.subscribers);
    const bare = fanOutAnchor.find((a) => a.subscribers === f.subscribers);
    out.push({
      measured: `fan-out to ${n} WS subscribers: webhook POST to client receipt, p50 / p99 (anchor D: bare \`ws\` broadcast)`,
      ours: delivered(f),
      anchor: bare ? `${ms(bare.p50Ms)} / ${ms(bare.p99Ms)}; ${delivered(bare)}` : '',
      figure: `${ms(f.p50Ms)} / ${ms(f.p99Ms)}`,
      goal: { label: `fan-out ${n}: delivery p99`, value: f.p99Ms, goal: 300, better: 'lower', unit: ' ms', of: 'p99' },
    });
    out.push({
      measured: `fan-out to ${n}: webhook answer time, p50 / max`,
      ours: '',
      anchor: '',
      figure: `${ms(f.webhookP50Ms)} / ${ms(f.webhookMaxMs)}`,
      goal: { label: `fan-out ${n}: webhook answer max`, value: f.webhookMaxMs, goal: 50, better: 'lower', unit: ' ms', of: 'max' },
    });
    const heapGoal: Goal | undefined =
      f.subscribers >= 10_000 && f.heapBytesPerSubscriber !== null
        ? { label: `fan-out ${n}: heap per subscriber`, value: f.heapBytesPerSubscriber / 1024, goal: 12, better: 'lower', unit: ' KiB' }
        : undefined;
    out.push({
      measured: `fan-out to ${n}: gateway heap per subscriber (after GC)`,
      ours: `set up in ${f.setupSeconds.toFixed(1)} s`,
      anchor: '',
      figure: f.heapBytesPerSubscriber === null ? 'not read' : kib(f.heapBytesPerSubscriber),
      ...(heapGoal ? { goal: heapGoal } : {}),
    });
  }

  for (const c of upstream) {
    out.push({
      measured: `upstream calls: ${c.name}`,
      ours: '',
      anchor: '',
      figure: String(c.calls),
      goal: { label: `upstream: ${c.name.replace(/`/g, '')}`, value: c.calls, goal: c.goal, better: 'lower', unit: '' },
    });
  }

  if (startup) {
    out.push({
      measured: 'startup: spawn `node dist/main.js` to first `200` of `/healthz` (median of 3)',
      ours: `runs: ${startup.runsMs.map((r) => ms(r)).join(', ')}`,
      anchor: '',
      figure: ms(startup.medianMs),
      goal: { label: 'startup to /healthz', value: startup.medianMs / 1000, goal: 1.2, better: 'lower', unit: ' s' },
    });
    out.push({
      measured: 'idle RSS after startup (largest of 3)',
      ours: '',
      anchor: '',
      figure: `${(startup.idleRssBytes / 2 ** 20).toFixed(0)} MiB`,
    });
  }
  return out;
}

/** `>= 4x`, `p99 <= 300 ms`. */
const goalText = (goal: Goal) => `${goal.of ? `${goal.of} ` : ''}${goal.better === 'higher' ? '>=' : '<='} ${goal.goal}${goal.unit}`;

/**
 * `yes`, or `**no**` with how far the figure is from its goal: `**no**: 0.46 of the goal` for a
 * figure that should be higher, `**no**: 3.7x the goal` for one that should be lower.
 */
function verdict(goal: Goal): string {
  if (met(goal)) return 'yes';
  const times = goal.value / goal.goal;
  return goal.better === 'higher' ? `**no**: ${times.toFixed(2)} of the goal` : `**no**: ${times.toFixed(1)}x the goal`;
}

/** The rows as one markdown table, its columns padded as the formatter writes them. */
export function markdownTable(all: Row[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const header = ['measured', 'ours', 'anchor', 'ratio / figure', 'goal', 'met?'];
  const body = all.map((r) =>
    [r.measured, r.ours, r.anchor, r.figure, r.goal ? goalText(r.goal) : '', r.goal ? verdict(r.goal) : ''].map(cell),
  );
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
