import type { TOtlpEvent } from "../otlp/types.ts";
import { asCount, asString } from "../normalize/attribute-values.ts";
import { emptyRecord, hasNamespace, offer, toRecord } from "./candidates.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * Ax (`@ax-llm/ax`, the TypeScript DSPy), as 24.x emits (recorded in test/fixtures/real/ax-*): an
 * `AxGen` span per program call with `signature_name`, over an `AI Chat Request` span that otel-genai.ts
 * already reads as LLM. What is Ax's own: tokens only in a `gen_ai.usage` span event, whose input count
 * leaves cached tokens out (the total keeps them), and the session also as `ax.session.id`.
 */

export function extractAx(span: TSpanInput): TConventionRecord {
  const usageEvent = span.events.find((event) => event.name === "gen_ai.usage");
  const signature = asString(span.attributes["signature_name"]);
  if (usageEvent === undefined && signature === null && !hasNamespace(span, ["ax"])) return emptyRecord();
  const candidates: TCandidates = {};
  offer(candidates, {
    kind: { signature_name: signature === null ? null : "CHAIN" },
    sessionId: { "ax.session.id": asString(span.attributes["ax.session.id"]) },
  });
  if (usageEvent !== undefined) offerEventUsage(candidates, usageEvent);
  return toRecord(candidates, signature === null ? null : { signature_name: signature });
}

/**
 * Ax subtracts cached prompt tokens from `input_tokens` but not from `total_tokens`, so when the total
 * exceeds input + output the gap is the cached part: input becomes total − output, the gap cache read.
 */
function offerEventUsage(candidates: TCandidates, event: TOtlpEvent): void {
  const count = (key: string) => asCount(event.attributes[key]);
  const reported = count("gen_ai.usage.input_tokens");
  const output = count("gen_ai.usage.output_tokens");
  const total = count("gen_ai.usage.total_tokens");
  const gap = reported !== null && output !== null && total !== null ? total - output - reported : 0;
  const input = gap > 0 && reported !== null ? reported + gap : reported;
  offer(candidates, {
    usageInput: { "event:gen_ai.usage": input },
    usageOutput: { "event:gen_ai.usage": output },
    usageTotal: { "event:gen_ai.usage": total },
    usageCacheRead: { "event:gen_ai.usage": gap > 0 ? gap : null },
    usageReasoning: { "event:gen_ai.usage": count("gen_ai.usage.thoughts_tokens") },
  });
}
