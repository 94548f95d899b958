import type { TScore } from "@spanlight/core";
import { describe, expect, it } from "vitest";
import { bestCorrection } from "./best-correction";

function score(overrides: Partial<TScore>): TScore {
  return {
    id: "s",
    traceId: "t",
    spanId: "root",
    sessionId: null,
    name: "quality",
    dataType: "CATEGORICAL",
    value: "bad",
    comment: null,
    correction: "fixed",
    source: "ANNOTATION",
    authorUserId: null,
    authorId: null,
    configId: null,
    queueId: null,
    isAdjudicated: false,
    metadata: null,
    timestamp: "2026-01-01T00:00:00.000Z",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

describe("bestCorrection", () => {
  const root = { spanId: "root", isRoot: true };

  it("prefers an adjudicated annotation, then the latest annotation, over feedback and API scores", () => {
    const scores = [
      score({ id: "feedback", source: "FEEDBACK", timestamp: "2026-03-01T00:00:00.000Z" }),
      score({ id: "api", source: "API", timestamp: "2026-04-01T00:00:00.000Z" }),
      score({ id: "old", timestamp: "2026-01-01T00:00:00.000Z" }),
      score({ id: "new", timestamp: "2026-02-01T00:00:00.000Z" }),
    ];
    expect(bestCorrection(scores, root)?.id).toBe("new");
    expect(bestCorrection([...scores, score({ id: "final", isAdjudicated: true })], root)?.id).toBe("final");
    expect(bestCorrection(scores.slice(0, 2), root)?.id).toBe("feedback");
  });

  it("takes trace-level scores for the root only, and never a score without a correction or from an eval", () => {
    const traceLevel = score({ id: "trace", spanId: null });
    expect(bestCorrection([traceLevel], root)?.id).toBe("trace");
    expect(bestCorrection([traceLevel], { spanId: "child", isRoot: false })).toBeNull();
    expect(bestCorrection([score({ correction: null }), score({ source: "EVAL" })], root)).toBeNull();
  });
});
