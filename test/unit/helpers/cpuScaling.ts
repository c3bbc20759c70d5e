// How work grows with input, measured without a clock bound: the CPU time of this process for an
// input of size n and of size 4n, compared within one run. Linear work gives a ratio near 4,
// quadratic near 16; a busy machine slows both sizes alike, so no absolute time is asserted.

/** time(4n) / time(n) above this is super-linear (linear work measures ×2–×6 here, quadratic ×12–×16). */
export const MAX_SCALING_RATIO = 8;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Each sample repeats its call until this much CPU time has passed, so that cheap calls are measured too. */
const MIN_SAMPLE_MS = 30;

/** The least, over `reps` samples, of the CPU time per call. */
function leastOf(reps: number, call: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const start = cpuMs();
    let calls = 0;
    do {
      call();
      calls++;
    } while (cpuMs() - start < MIN_SAMPLE_MS);
    best = Math.min(best, (cpuMs() - start) / calls);
  }
  return best;
}

/**
 * The ratio of CPU time for `run(4 * n)` to `run(n)`, looked at again (the least of three) while it
 * seems super-linear, since one slow sample — a collection, a busy core — is noise, not growth.
 */
export function cpuScaling(run: (size: number) => unknown, n: number): { small: number; large: number; ratio: number } {
  run(n); // warms the code paths up
  let small = leastOf(2, () => run(n));
  let large = leastOf(1, () => run(4 * n));
  for (let look = 0; look < 2 && large / Math.max(small, 0.01) > MAX_SCALING_RATIO; look++) {
    small = Math.min(small, leastOf(3, () => run(n)));
    large = Math.min(large, leastOf(3, () => run(4 * n)));
  }
  return { small, large, ratio: large / Math.max(small, 0.01) };
}

export function describeScaling(s: { small: number; large: number; ratio: number }): string {
  return `${s.small.toFixed(0)} → ${s.large.toFixed(0)} ms of CPU for 4× the input (×${s.ratio.toFixed(1)})`;
}
