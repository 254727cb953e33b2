import { performance } from 'node:perf_hooks';

/** One timed step: `prepare` is excluded from the time, `run` is timed, `check` sees its result. */
export interface TimedRun<T = unknown> {
  prepare?: (index: number) => Promise<void> | void;
  run: (index: number) => Promise<T> | T;
  check?: (result: T, index: number) => void | Promise<void>;
}

/**
 * Times each named step `count` times, interleaved (a, b, a, b, …) so that load from elsewhere on the
 * machine falls on both sides of a comparison alike; `warmup` untimed rounds come first.
 * Returns each step's wall times in milliseconds.
 */
export async function timeRuns<K extends string>(count: number, steps: Record<K, TimedRun<any>>, warmup = 0): Promise<Record<K, number[]>> {
  const names = Object.keys(steps) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let index = -warmup; index < count; index++) {
    for (const name of names) {
      const step = steps[name];
      await step.prepare?.(index);
      const start = performance.now();
      const result = await step.run(index);
      const elapsed = performance.now() - start;
      await step.check?.(result, index);
      if (index >= 0) times[name].push(elapsed);
    }
  }
  return times;
}
