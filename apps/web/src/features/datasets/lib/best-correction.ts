import type { TScore } from "@spanlight/core";

/**
 * The correction an item takes as its expected output, in the order the bulk add uses
 * (packages/db read-trace-sources): an adjudicated annotation, then the latest annotation, then the
 * latest feedback, then one sent through the scores API. Scores on the trace itself count for its root.
 */
export function bestCorrection(scores: TScore[], target: { spanId: string; isRoot: boolean }): TScore | null {
  const candidates = scores.filter(
    (score) =>
      score.correction !== null &&
      score.source !== "EVAL" &&
      (score.spanId === target.spanId || (target.isRoot && score.spanId === null)),
  );
  const rank = (score: TScore) =>
    score.source === "ANNOTATION" ? (score.isAdjudicated ? 0 : 1) : score.source === "FEEDBACK" ? 2 : 3;
  return (
    candidates.sort(
      (a, b) => rank(a) - rank(b) || b.timestamp.localeCompare(a.timestamp) || b.id.localeCompare(a.id),
    )[0] ?? null
  );
}
