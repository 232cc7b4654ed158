/**
 * The chart of BENCHMARKS.md, written by hand as SVG (no dependency): one horizontal bar per goal,
 * its length the figure as a fraction of the goal, a line where the goal lies, green when met.
 */
import { type Goal, met } from './report.js';

const WIDTH = 960;
const LABEL_WIDTH = 380;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 28;
const TOP = 78;
/** The bar area spans 0 to this many times the goal; longer bars are cut and say so. */
const SCALE_MAX = 3;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A value as written in a label: 3 significant digits at most. */
const num = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : Number(n.toPrecision(3)).toString());

/** The SVG document of `goals`, titled `title`, with `subtitle` (the machine) under it. */
export function chartSvg(goals: Goal[], title: string, subtitle: string): string {
  const barWidth = WIDTH - LABEL_WIDTH - 170;
  const x = (fraction: number) => LABEL_WIDTH + (Math.min(fraction, SCALE_MAX) / SCALE_MAX) * barWidth;
  const height = TOP + goals.length * ROW_HEIGHT + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(`${title}. ${subtitle}`)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="10" y="40" fill="#555">${escapeXml(subtitle)}</text>`,
    `<text x="10" y="60" fill="#555">Each bar: the figure as a fraction of its goal (line at 1x). ≥: more is better; ≤: less is better. Green: met.</text>`,
  ];
  goals.forEach((goal, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const fraction = goal.value / goal.goal;
    const ok = met(goal);
    const sign = goal.better === 'higher' ? '≥' : '≤';
    const end = x(fraction);
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${escapeXml(goal.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(1, end - LABEL_WIDTH).toFixed(1)}" height="${BAR_HEIGHT}" fill="${ok ? '#2e9d4f' : '#d0453a'}"/>`,
      `<text x="${(end + 6).toFixed(1)}" y="${y + 13}">${escapeXml(`${num(goal.value)}${goal.unit} (goal ${sign} ${num(goal.goal)}${goal.unit})${fraction > SCALE_MAX ? ' »' : ''}`)}</text>`,
    );
  });
  const goalX = x(1);
  const bottom = TOP + goals.length * ROW_HEIGHT;
  parts.push(
    `<line x1="${goalX.toFixed(1)}" y1="${TOP - 4}" x2="${goalX.toFixed(1)}" y2="${bottom}" stroke="#222" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<text x="${goalX.toFixed(1)}" y="${bottom + 16}" text-anchor="middle">goal (1x)</text>`,
    `<text x="${LABEL_WIDTH}" y="${bottom + 16}" text-anchor="middle">0</text>`,
    `<text x="${x(SCALE_MAX)}" y="${bottom + 16}" text-anchor="middle">${SCALE_MAX}x</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
