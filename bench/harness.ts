/** Small helpers every benchmark uses: timing, rates and peak memory, printed as one aligned line each. */
import { performance } from "node:perf_hooks";

export interface Measured<T> {
  readonly result: T;
  readonly ms: number;
}

/** Runs fn once (after one warm-up run unless told not to) and returns its wall time in milliseconds. */
export function time<T>(fn: () => T, warmUp = true): Measured<T> {
  if (warmUp) fn();
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

/** Calls per second of fn over roughly `budgetMs` of wall time. */
export function rate(fn: (i: number) => unknown, budgetMs = 300): number {
  let calls = 0;
  let sink: unknown;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 10_000; i++) sink = fn(calls + i);
    calls += 10_000;
    elapsed = performance.now() - start;
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return (calls / elapsed) * 1000;
}

/** Peak resident memory of this process so far, in MB. */
export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Prints "label ..... value unit   (target ...: ok|MISSED)". */
export function report(
  label: string,
  value: number,
  unit: string,
  target?: { op: "<" | ">="; value: number },
): void {
  const shown = value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(2);
  let line = `${label.padEnd(52, ".")} ${shown} ${unit}`;
  if (target) {
    const ok = target.op === "<" ? value < target.value : value >= target.value;
    line += `   (target ${target.op} ${target.value.toLocaleString("en-US")} ${unit}: ${ok ? "ok" : "MISSED"})`;
  }
  console.log(line);
}
