import { asNumber, asString } from "../normalize/attribute-values.ts";
import type { TAttributes } from "../otlp/types.ts";
import type { TCanonicalSpan, TSpanEvent } from "../types.ts";

/*
 * Evaluation results that arrive inside traces, as EVAL score rows: the OTel GenAI event
 * `gen_ai.evaluation.result` (semconv ≥ 1.38) and OpenInference's `evaluation.*` / `annotation.*`
 * attributes (SEMCONV.md §1.3, §2.2). Pure: the caller stores the rows.
 */

export const EVALUATION_RESULT_EVENT = "gen_ai.evaluation.result";

/** The score table's limits (packages/core contracts): longer text is cut, never the batch refused. */
const MAX_NAME_LENGTH = 200;
const MAX_LABEL_LENGTH = 200;
const MAX_COMMENT_LENGTH = 10_000;

export type TEvalScoreRow = {
  /** Deterministic (trace, carrying span, event or attribute group): a retried batch adds nothing. */
  id: string;
  /** Null only for a session-level OpenInference evaluation. */
  traceId: string | null;
  spanId: string | null;
  sessionId: string | null;
  name: string;
  /** A label makes it CATEGORICAL (the number, when also given, is kept as its numeric value). */
  dataType: "NUMERIC" | "CATEGORICAL";
  numericValue: number | null;
  stringValue: string | null;
  comment: string | null;
  /** The evaluator: the evaluator span's name, else the instrumentation scope. */
  authorId: string | null;
  metadata: Record<string, string>;
  timestampUnixNano: bigint;
};

type TTarget = { traceId: string | null; spanId: string | null; sessionId: string | null };
type TResultFields = { name: unknown; score: unknown; label: unknown; explanation: unknown };

/** Every evaluation result the spans carry, in span then event order. */
export function extractEvalScores(spans: readonly TCanonicalSpan[]): TEvalScoreRow[] {
  return spans.flatMap((span) => [...fromEvents(span), ...fromOpenInference(span)]);
}

/**
 * Who was evaluated: an evaluator span with exactly one link scores the linked span (it may sit in
 * another trace); an EVALUATOR span without links scores its parent; any other span scores itself
 * (the event is parented to the evaluated span, as the semantic conventions ask).
 */
function evaluatedSpan(span: TCanonicalSpan): TTarget {
  const onlyLink = span.links.length === 1 ? span.links[0] : undefined;
  if (onlyLink) return { traceId: onlyLink.traceId, spanId: onlyLink.spanId, sessionId: null };
  if (span.kind === "EVALUATOR" && span.parentSpanId !== null) {
    return { traceId: span.traceId, spanId: span.parentSpanId, sessionId: null };
  }
  return { traceId: span.traceId, spanId: span.spanId, sessionId: null };
}

function evaluatorName(span: TCanonicalSpan): string | null {
  const isEvaluatorSpan = span.kind === "EVALUATOR" || span.links.length === 1;
  const name = isEvaluatorSpan ? span.name : span.scopeName;
  return name.length > 0 ? name.slice(0, MAX_NAME_LENGTH) : null;
}

function fromEvents(span: TCanonicalSpan): TEvalScoreRow[] {
  const rows: TEvalScoreRow[] = [];
  span.events.forEach((event: TSpanEvent, index) => {
    if (event.name !== EVALUATION_RESULT_EVENT) return;
    const attributes = event.attributes;
    const row = toRow({
      id: `eval-${span.traceId}-${span.spanId}-e${index}`,
      target: evaluatedSpan(span),
      fields: {
        name: attributes["gen_ai.evaluation.name"],
        score: attributes["gen_ai.evaluation.score.value"],
        label: attributes["gen_ai.evaluation.score.label"],
        explanation: attributes["gen_ai.evaluation.explanation"],
      },
      authorId: evaluatorName(span),
      metadata: withResponseId({ convention: "otel-genai", evaluatorSpanId: span.spanId }, attributes),
      timestampUnixNano: event.timeUnixNano,
    });
    if (row) rows.push(row);
  });
  return rows;
}

function withResponseId(metadata: Record<string, string>, attributes: TAttributes): Record<string, string> {
  const responseId = asString(attributes["gen_ai.response.id"]);
  return responseId === null ? metadata : { ...metadata, responseId };
}

/**
 * OpenInference keys, flat or as flattened lists: `evaluation.name`, `annotation.score`,
 * `evaluations.0.evaluation.label`, `annotations.1.annotation.explanation`, and the same under
 * `trace.` (scores the trace) or `session.` (scores the span's session).
 */
const OPENINFERENCE_KEY =
  /^(?:(trace|session)\.)?(evaluation|annotation)s?(?:\.(\d+))?(?:\.(?:evaluation|annotation))?\.(name|score|label|explanation|annotator_kind|identifier)$/;

type TGroup = { level: "span" | "trace" | "session"; fields: Record<string, unknown> };

function fromOpenInference(span: TCanonicalSpan): TEvalScoreRow[] {
  const groups = new Map<string, TGroup>();
  for (const [key, value] of Object.entries(span.attributes)) {
    const match = OPENINFERENCE_KEY.exec(key);
    if (!match) continue;
    const [, level, family, index, field] = match;
    const groupKey = `${level ?? "span"}.${family}.${index ?? "-"}`;
    const group = groups.get(groupKey) ?? { level: toLevel(level), fields: {} };
    group.fields[field ?? ""] = value;
    groups.set(groupKey, group);
  }
  const rows: TEvalScoreRow[] = [];
  for (const [groupKey, group] of groups) {
    const target = openInferenceTarget(span, group.level);
    if (!target) continue;
    const annotatorKind = asString(group.fields.annotator_kind);
    const identifier = asString(group.fields.identifier);
    const row = toRow({
      id: `eval-${span.traceId}-${span.spanId}-a-${groupKey}`,
      target,
      fields: {
        name: group.fields.name,
        score: group.fields.score,
        label: group.fields.label,
        explanation: group.fields.explanation,
      },
      authorId: evaluatorName(span),
      metadata: {
        convention: "openinference",
        evaluatorSpanId: span.spanId,
        ...(annotatorKind === null ? {} : { annotatorKind }),
        ...(identifier === null ? {} : { identifier }),
      },
      timestampUnixNano: span.endTimeUnixNano,
    });
    if (row) rows.push(row);
  }
  return rows;
}

function toLevel(level: string | undefined): TGroup["level"] {
  if (level === "trace" || level === "session") return level;
  return "span";
}

function openInferenceTarget(span: TCanonicalSpan, level: TGroup["level"]): TTarget | null {
  switch (level) {
    case "span":
      return evaluatedSpan(span);
    case "trace":
      return { traceId: span.traceId, spanId: null, sessionId: null };
    // A session evaluation needs the session the span belongs to; without one there is no target.
    case "session":
      return span.sessionId === null ? null : { traceId: null, spanId: null, sessionId: span.sessionId };
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Null when the result has no name or neither a score nor a label: there is nothing to store. */
function toRow(options: {
  id: string;
  target: TTarget;
  fields: TResultFields;
  authorId: string | null;
  metadata: Record<string, string>;
  timestampUnixNano: bigint;
}): TEvalScoreRow | null {
  const name = asString(options.fields.name)?.trim().slice(0, MAX_NAME_LENGTH);
  const score = asNumber(options.fields.score);
  const label = asString(options.fields.label)?.trim().slice(0, MAX_LABEL_LENGTH) || null;
  if (!name || (score === null && label === null)) return null;
  return {
    id: options.id,
    ...options.target,
    name,
    dataType: label === null ? "NUMERIC" : "CATEGORICAL",
    numericValue: score,
    stringValue: label,
    comment: asString(options.fields.explanation)?.slice(0, MAX_COMMENT_LENGTH) ?? null,
    authorId: options.authorId,
    metadata: options.metadata,
    timestampUnixNano: options.timestampUnixNano,
  };
}
