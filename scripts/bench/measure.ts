// Timing and percentiles.

export type Sample = { ms: number; matches?: number };

export type Stats = {
  runs: number;
  warmups: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** Median of what the query found (search total, or 1 for a found detail page). */
  medianMatches: number | null;
};

/** Nearest-rank percentile (with 50 runs, p99 is the slowest run). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarise(samples: Sample[], warmups: number): Stats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const matches = samples.flatMap((s) => (s.matches === undefined ? [] : [s.matches])).sort((a, b) => a - b);
  return {
    runs: ms.length,
    warmups,
    p50: round(percentile(ms, 0.5)),
    p95: round(percentile(ms, 0.95)),
    p99: round(percentile(ms, 0.99)),
    mean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
    min: round(ms[0] ?? Number.NaN),
    max: round(ms[ms.length - 1] ?? Number.NaN),
    medianMatches: matches.length > 0 ? percentile(matches, 0.5) : null,
  };
}

// PGlite answers in process: an `await` on it resolves as a microtask, so a loop of queries would never
// give the event loop a turn, and Ctrl-C (a signal handler) would wait for the loop to end.
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `task(i)` `warmups` times untimed, then `runs` times timed. `i` counts on across warm-ups and
 * runs, so a task that cycles through a pool of terms uses different terms for both.
 */
export async function measure(
  task: (i: number) => Promise<number | undefined>,
  options: { warmups: number; runs: number; afterWarmup?: () => void },
): Promise<Stats> {
  for (let i = 0; i < options.warmups; i++) {
    await yieldToEventLoop();
    await task(i);
  }
  options.afterWarmup?.();
  const samples: Sample[] = [];
  for (let i = 0; i < options.runs; i++) {
    await yieldToEventLoop();
    const started = performance.now();
    const matches = await task(options.warmups + i);
    samples.push({ ms: performance.now() - started, matches });
  }
  return summarise(samples, options.warmups);
}

export function formatTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
