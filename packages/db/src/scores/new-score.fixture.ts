import { randomUUID } from "node:crypto";
import type { TNewScore } from "./create-score.ts";

/** A NUMERIC API score with every optional field empty; tests override what they look at. */
export function makeNewScore(overrides: Partial<TNewScore> & Pick<TNewScore, "name">): TNewScore {
  return {
    id: randomUUID(),
    traceId: null,
    spanId: null,
    sessionId: null,
    dataType: "NUMERIC",
    numericValue: null,
    stringValue: null,
    comment: null,
    correction: null,
    source: "API",
    authorUserId: null,
    authorId: null,
    configId: null,
    queueId: null,
    isAdjudicated: false,
    metadata: null,
    timestamp: null,
    ...overrides,
  };
}
