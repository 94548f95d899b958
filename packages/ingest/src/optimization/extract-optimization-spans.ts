import type { TOptimizationRole, TOptimizationSpanRow } from "@spanlight/core";
import { asString } from "../normalize/attribute-values.ts";
import type { TAttributes } from "../otlp/types.ts";
import type { TCanonicalSpan } from "../types.ts";

/*
 * Optimiser runs (DSPy, Ax) announced by span attributes (docs/optimization-spans.md): every span
 * carrying `optimization.run.id` is kept with its `optimization.*` attributes, whatever trace it sits
 * in, and runs are assembled from those rows when read. Pure: the caller stores the rows.
 */

const RUN_ID = "optimization.run.id";
const PREFIX = "optimization.";
const MAX_RUN_ID_LENGTH = 200;

/** Every span of an optimisation run, as a row; other spans cost one attribute lookup. */
export function extractOptimizationSpans(spans: readonly TCanonicalSpan[]): TOptimizationSpanRow[] {
  const rows: TOptimizationSpanRow[] = [];
  for (const span of spans) {
    const runId = asString(span.attributes[RUN_ID])?.trim();
    if (!runId || runId.length > MAX_RUN_ID_LENGTH) continue;
    const attributes = optimizationAttributes(span.attributes);
    rows.push({
      runId,
      traceId: span.traceId,
      spanId: span.spanId,
      parentSpanId: span.parentSpanId,
      role: roleOf(attributes),
      name: span.name,
      startUnixNano: span.startTimeUnixNano,
      endUnixNano: span.endTimeUnixNano,
      isError: span.statusCode === "ERROR",
      attributes,
    });
  }
  return rows;
}

/** An evaluation has a split or a score; a trial a number or a candidate; the rest is the run span. */
function roleOf(attributes: TAttributes): TOptimizationRole {
  const has = (key: string) => attributes[key] !== undefined && attributes[key] !== null;
  if (has("optimization.eval.split") || has("optimization.eval.score") || has("optimization.eval.id"))
    return "evaluate";
  if (has("optimization.trial.number") || has("optimization.candidate.id")) return "trial";
  return "run";
}

function optimizationAttributes(attributes: TAttributes): TAttributes {
  const kept: TAttributes = {};
  for (const [key, value] of Object.entries(attributes)) if (key.startsWith(PREFIX)) kept[key] = value;
  return kept;
}
