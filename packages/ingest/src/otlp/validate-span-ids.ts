import type { TOtlpSpan } from "./types.ts";

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ALL_ZERO = /^0+$/;

/**
 * Null when the span's ids are usable, else why not. Decoders keep bad ids as they came so that the
 * normaliser can reject just that span (OTLP partial success) instead of the whole batch.
 */
export function validateSpanIds(span: Pick<TOtlpSpan, "traceId" | "spanId" | "parentSpanId">): string | null {
  if (!TRACE_ID.test(span.traceId)) return `trace id "${clip(span.traceId)}" is not 32 hex characters`;
  if (ALL_ZERO.test(span.traceId)) return "trace id is all zeros";
  if (!SPAN_ID.test(span.spanId)) return `span id "${clip(span.spanId)}" is not 16 hex characters`;
  if (ALL_ZERO.test(span.spanId)) return "span id is all zeros";
  if (span.parentSpanId !== null && !SPAN_ID.test(span.parentSpanId)) {
    return `parent span id "${clip(span.parentSpanId)}" is not 16 hex characters`;
  }
  return null;
}

/** Ids echoed in a message come from the sender; keep the message short whatever arrived. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
