/**
 * A bench figure: one measurement as a ratio against a baseline measured in the same run (the machine
 * is shared and noisy, so absolute times mean little), with the budget it is held to (docs/DESIGN.md §6).
 */
export interface Figure {
  name: string;
  /** The ratio: measurement / baseline. */
  value: number;
  /** What the ratio is of ("× fzf --filter"). */
  unit: string;
  /** The budget on the ratio, as text ("≤ 1"). */
  budget: string;
  met: boolean;
  /** The measurement and the baseline in their own units, for people reading the table. */
  measured: string;
  baseline: string;
}

/** A figure whose ratio must stay at or below `limit`. */
export function atMost(name: string, measured: number, baseline: number, limit: number, unit: string, show: (x: number) => string): Figure {
  const value = measured / baseline;
  return { name, value, unit, budget: `≤ ${limit}`, met: value <= limit, measured: show(measured), baseline: show(baseline) };
}

/** A figure whose ratio must reach at least `limit`. */
export function atLeast(name: string, measured: number, baseline: number, limit: number, unit: string, show: (x: number) => string): Figure {
  const value = measured / baseline;
  return { name, value, unit, budget: `≥ ${limit}`, met: value >= limit, measured: show(measured), baseline: show(baseline) };
}

/** Milliseconds for people. */
export const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
/** Megabytes for people. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
/** Throughput for people. */
export const mbps = (x: number) => `${x.toFixed(2)} MB/s`;

/** The figures as an aligned text table. */
export function figuresTable(figures: readonly Figure[]): string {
  const rows = [['figure', 'ratio', 'budget', 'met', 'measured', 'baseline'],
    ...figures.map((f) => [f.name, `${f.value.toFixed(2)} ${f.unit}`, f.budget, f.met ? 'yes' : 'NO', f.measured, f.baseline])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}
