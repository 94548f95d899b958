// "Which model is worth it": the candidates no other beats on both cost and quality. Pure; a handful
// of candidates (models, prompt versions), so the plain O(n²) check is clearer than a sweep.

export type TParetoCandidate = { id: string; cost: number; quality: number };

/**
 * The ids of the candidates on the Pareto front: lower cost and higher quality are better, and a
 * candidate is off the front when another is at least as good on both and better on one.
 */
export function paretoFront(candidates: TParetoCandidate[]): Set<string> {
  const isDominated = (candidate: TParetoCandidate) =>
    candidates.some(
      (other) =>
        other.id !== candidate.id &&
        other.cost <= candidate.cost &&
        other.quality >= candidate.quality &&
        (other.cost < candidate.cost || other.quality > candidate.quality),
    );
  return new Set(candidates.filter((candidate) => !isDominated(candidate)).map((candidate) => candidate.id));
}
