// "Which one is worth it" (models on the dashboard, runs of a dataset): the candidates no other
// beats on both cost and quality. Pure; a handful of candidates, so the plain O(n²) check is clearer
// than a sweep.

export type TParetoCandidate = { cost: number; quality: number };

/**
 * The candidates on the Pareto front, cheapest first: lower cost and higher quality are better, and
 * a candidate is off the front when another is at least as good on both and better on one (so two
 * candidates tied on both axes stay on it together).
 */
export function paretoFront<T extends TParetoCandidate>(candidates: readonly T[]): T[] {
  const isDominated = (candidate: T) =>
    candidates.some(
      (other) =>
        other.cost <= candidate.cost &&
        other.quality >= candidate.quality &&
        (other.cost < candidate.cost || other.quality > candidate.quality),
    );
  return candidates
    .filter((candidate) => !isDominated(candidate))
    .sort((left, right) => left.cost - right.cost || right.quality - left.quality);
}
