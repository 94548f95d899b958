import type { TOptimizationTrial } from "@spanlight/core";

/** One evaluation as a chart point: minibatch and full evaluations in their own series. */
export type TTrialPoint = {
  /** The evaluation's position in trial order, from 1. */
  step: number;
  label: string;
  minibatch: number | null;
  full: number | null;
  /** The best full evaluation so far (what the optimiser would return if stopped here). */
  bestSoFar: number | null;
};

export function toTrialPoints(trials: readonly TOptimizationTrial[]): TTrialPoint[] {
  let best: number | null = null;
  return trials.map((trial, index) => {
    const isMinibatch = trial.split === "minibatch";
    if (!isMinibatch && trial.score !== null) best = best === null ? trial.score : Math.max(best, trial.score);
    return {
      step: index + 1,
      label: trial.number === null ? "baseline" : `trial ${trial.number}`,
      minibatch: isMinibatch ? trial.score : null,
      full: isMinibatch ? null : trial.score,
      bestSoFar: best,
    };
  });
}

/** "62.5%" for DSPy's percent scale, "0.625" otherwise. */
export function formatTrialScore(score: number | null, scale: string | null): string {
  if (score === null) return "–";
  return scale === "percent" ? `${Number(score.toFixed(2))}%` : score.toFixed(4);
}
