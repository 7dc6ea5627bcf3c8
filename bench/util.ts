/** Small helpers shared by the benchmarks: repeat a workload, report median timings. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs `fn` `rounds` times after one warm-up; returns the median wall time in milliseconds. */
export function timeIt(fn: () => void, rounds = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits).padStart(8);
