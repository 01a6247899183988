// Milliseconds on a monotonic clock, for the build's stage timings and the batch's progress.
// `performance.now()` would do the same, but its first use loads perf_hooks (a dozen internal
// modules, about a millisecond of every cold build).

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
