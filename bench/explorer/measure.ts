import { percentile } from "../lib/stats.ts";

export type TTiming = { name: string; target: string; targetMs: number; samples: number[]; note: string };

/** Runs `call` `warmup` times untimed, then `repetitions` times timed with the repetition index (for varied parameters). */
export async function timeCalls(options: {
  name: string;
  target: string;
  targetMs: number;
  warmup: number;
  repetitions: number;
  call: (repetition: number) => Promise<string>;
}): Promise<TTiming> {
  for (let index = 0; index < options.warmup; index += 1) await options.call(index + 1_000);
  const samples: number[] = [];
  let note = "";
  for (let index = 0; index < options.repetitions; index += 1) {
    const startedAt = performance.now();
    note = await options.call(index);
    samples.push(performance.now() - startedAt);
  }
  return { name: options.name, target: options.target, targetMs: options.targetMs, samples, note };
}

export function p50(timing: TTiming): number {
  return percentile(timing.samples, 50);
}

export function p95(timing: TTiming): number {
  return percentile(timing.samples, 95);
}
