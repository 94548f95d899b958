import { beforeAll, describe, expect, it } from "vitest";
import { loadRealFixtures } from "../../test/load-real-fixtures.ts";
import { normalizeTraceRequest } from "../normalize/normalize-trace-request.ts";
import type { TCanonicalSpan, TSpanEvent } from "../types.ts";
import { extractEvalScores } from "./extract-eval-scores.ts";
import type { TEvalScoreRow } from "./extract-eval-scores.ts";

let spans: TCanonicalSpan[] = [];
let rows: TEvalScoreRow[] = [];

function span(name: string): TCanonicalSpan {
  const found = spans.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no span ${name}`);
  return found;
}

function row(name: string): TEvalScoreRow {
  const found = rows.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no score ${name}`);
  return found;
}

beforeAll(async () => {
  const fixtures = (await loadRealFixtures()).filter((fixture) => fixture.group === "evaluations-otel");
  spans = fixtures.flatMap((fixture) => normalizeTraceRequest(fixture.request).spans);
  rows = extractEvalScores(spans);
});

describe("extractEvalScores on the recorded evaluations fixture", () => {
  it("finds every evaluation result once", () => {
    expect(rows.map((score) => score.name).sort()).toEqual([
      "correctness",
      "hallucination",
      "helpfulness",
      "relevance",
    ]);
    expect(new Set(rows.map((score) => score.id)).size).toBe(rows.length);
  });

  it("scores the span a gen_ai.evaluation.result event is parented to, label first", () => {
    const chat = span("chat gpt-4o-mini");
    expect(row("relevance")).toMatchObject({
      traceId: chat.traceId,
      spanId: chat.spanId,
      sessionId: null,
      dataType: "CATEGORICAL",
      stringValue: "relevant",
      numericValue: 0.92,
      comment: "The answer names the capital asked for.",
      authorId: "spanlight.fixtures.evaluations",
      metadata: { convention: "otel-genai", evaluatorSpanId: chat.spanId, responseId: "chatcmpl-eval-1" },
    });
  });

  it("scores the linked span when the event sits on an evaluator span with one link", () => {
    const chat = span("chat gpt-4o-mini");
    const judge = span("judge-v2 correctness");
    expect(judge.parentSpanId).not.toBe(chat.spanId);
    expect(row("correctness")).toMatchObject({
      traceId: chat.traceId,
      spanId: chat.spanId,
      dataType: "NUMERIC",
      numericValue: 4,
      stringValue: null,
      authorId: "judge-v2 correctness",
      id: `eval-${judge.traceId}-${judge.spanId}-e0`,
    });
    expect(row("correctness").timestampUnixNano).toBe(judge.events[0]?.timeUnixNano);
  });

  it("reads OpenInference evaluation attributes (span scope) and annotation attributes (trace scope)", () => {
    const chain = span("qa-chain");
    expect(row("hallucination")).toMatchObject({
      traceId: chain.traceId,
      spanId: chain.spanId,
      dataType: "CATEGORICAL",
      stringValue: "factual",
      numericValue: 0,
      comment: "Grounded in the context.",
      metadata: { convention: "openinference", annotatorKind: "LLM" },
    });
    expect(row("helpfulness")).toMatchObject({
      traceId: chain.traceId,
      spanId: null,
      dataType: "NUMERIC",
      numericValue: 3,
      metadata: { annotatorKind: "HUMAN", identifier: "reviewer-1" },
    });
  });

  it("gives the same ids to the same spans, so a retried batch adds nothing", () => {
    expect(extractEvalScores(spans).map((score) => score.id)).toEqual(rows.map((score) => score.id));
  });
});

describe("extractEvalScores edge cases", () => {
  const base = (): TCanonicalSpan => ({ ...span("qa-chain"), attributes: {}, events: [], links: [] });

  it("skips results without a name or without a score and a label", () => {
    const time = 1n;
    const events: TSpanEvent[] = [
      { name: "gen_ai.evaluation.result", timeUnixNano: time, attributes: { "gen_ai.evaluation.score.value": 1 } },
      {
        name: "gen_ai.evaluation.result",
        timeUnixNano: time,
        attributes: { "gen_ai.evaluation.name": "x", "gen_ai.evaluation.explanation": "only words" },
      },
      {
        name: "gen_ai.evaluation.result",
        timeUnixNano: time,
        attributes: { "gen_ai.evaluation.name": "kept", "gen_ai.evaluation.score.value": "0.5" },
      },
    ];
    const withEvents = { ...base(), events };
    expect(
      extractEvalScores([withEvents]).map((score) => [score.name, score.numericValue, score.id.endsWith("-e2")]),
    ).toEqual([["kept", 0.5, true]]);
  });

  it("scores the parent of an EVALUATOR span without links, and a session only when the span has one", () => {
    const evaluator: TCanonicalSpan = {
      ...base(),
      kind: "EVALUATOR",
      parentSpanId: "00000000000000aa",
      sessionId: null,
      attributes: {
        "evaluation.name": "tone",
        "evaluation.label": "polite",
        "session.evaluations.0.evaluation.name": "s",
        "session.evaluations.0.evaluation.score": 1,
      },
    };
    expect(extractEvalScores([evaluator]).map((score) => [score.name, score.spanId])).toEqual([
      ["tone", "00000000000000aa"],
    ]);
    const inSession = { ...evaluator, sessionId: "session-1" };
    expect(extractEvalScores([inSession]).find((score) => score.name === "s")).toMatchObject({
      traceId: null,
      spanId: null,
      sessionId: "session-1",
    });
  });

  it("cuts an over-long explanation instead of dropping the score", () => {
    const long = {
      ...base(),
      attributes: { "evaluation.name": "n", "evaluation.score": 1, "evaluation.explanation": "x".repeat(20_000) },
    };
    expect(extractEvalScores([long])[0]?.comment).toHaveLength(10_000);
  });
});
