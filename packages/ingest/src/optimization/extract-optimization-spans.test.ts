import { describe, expect, it } from "vitest";
import { buildRequest, buildSpan, spanId } from "../conventions/__fixtures__/otlp-builders.ts";
import { normalizeTraceRequest } from "../normalize/normalize-trace-request.ts";
import type { TAttributes } from "../otlp/types.ts";
import { extractOptimizationSpans } from "./extract-optimization-spans.ts";

describe("extractOptimizationSpans", () => {
  it("keeps run, trial and evaluate spans with their optimization.* attributes only", () => {
    const specs: { id: number; attributes: TAttributes }[] = [
      {
        id: 1,
        attributes: { "optimization.run.id": "run-1", "optimization.optimizer.name": "MIPROv2", "input.value": "x" },
      },
      {
        id: 2,
        attributes: {
          "optimization.run.id": "run-1",
          "optimization.trial.number": 3,
          "optimization.candidate.id": "c3",
        },
      },
      {
        id: 3,
        attributes: { "optimization.run.id": "run-1", "optimization.trial.number": 3, "optimization.eval.score": 61.5 },
      },
      { id: 4, attributes: { "llm.model_name": "gpt-4o-mini" } },
    ];
    const spans = specs.map((span) =>
      buildSpan({ name: `span-${span.id}`, spanId: spanId(span.id), attributes: span.attributes }),
    );
    const rows = extractOptimizationSpans(normalizeTraceRequest(buildRequest(spans)).spans);
    expect(rows.map((row) => [row.spanId, row.role])).toEqual([
      [spanId(1), "run"],
      [spanId(2), "trial"],
      [spanId(3), "evaluate"],
    ]);
    expect(rows[0]!.attributes).toEqual({ "optimization.run.id": "run-1", "optimization.optimizer.name": "MIPROv2" });
    expect(rows[2]).toMatchObject({ runId: "run-1", isError: false, attributes: { "optimization.eval.score": 61.5 } });
  });
});
