import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage, TSpanKind, TUsage } from "../types.ts";
import { extractAx } from "./ax.ts";
import { mergeMetadata } from "./candidates.ts";
import { extractGeneric } from "./generic.ts";
import { extractLangfuse } from "./langfuse.ts";
import { extractOpenInference } from "./openinference.ts";
import { extractOpenLlmetry } from "./openllmetry.ts";
import { extractOtelGenAi } from "./otel-genai.ts";
import { PRECEDENCE } from "./precedence.ts";
import type {
  TCandidates,
  TCandidateValues,
  TConventionExtractor,
  TConventionRecord,
  TField,
  TFieldValues,
  TMessageField,
  TSourceKey,
  TSpanInput,
} from "./types.ts";
import { extractVercelAi } from "./vercel-ai.ts";

/**
 * Metadata merges in this order, later keys overriding earlier ones: what the user set explicitly
 * through Langfuse comes last. Field values do not depend on this order; PRECEDENCE decides them.
 */
const EXTRACTORS: readonly TConventionExtractor[] = [
  extractGeneric,
  extractOpenInference,
  extractOtelGenAi,
  extractVercelAi,
  extractOpenLlmetry,
  extractAx,
  extractLangfuse,
];

export type TResolvedConventions = { [F in Exclude<TField, "kind" | `usage${string}`>]: TFieldValues[F] | null } & {
  kind: TSpanKind;
  usage: TUsage;
  inputMessages: TChatMessage[] | null;
  outputMessages: TChatMessage[] | null;
  metadata: TAttributes;
};

/** Runs every convention module on the span and applies PRECEDENCE field by field (first hit wins). */
export function resolveConventions(span: TSpanInput): TResolvedConventions {
  const records = EXTRACTORS.map((extract) => extract(span));
  const candidates = mergeCandidates(records);
  const pick = <F extends TField>(field: F) => pickField(candidates, field);
  const model = pick("model");
  return {
    kind: pick("kind") ?? (model !== null ? "LLM" : "SPAN"),
    model,
    provider: pick("provider"),
    input: pick("input"),
    output: pick("output"),
    inputMessages: pickMessages(candidates, "inputMessages"),
    outputMessages: pickMessages(candidates, "outputMessages"),
    usage: finalizeUsage({
      input: pick("usageInput"),
      output: pick("usageOutput"),
      total: pick("usageTotal"),
      cacheRead: pick("usageCacheRead"),
      cacheWrite: pick("usageCacheWrite"),
      reasoning: pick("usageReasoning"),
    }),
    providedCost: pick("providedCost"),
    modelParameters: pick("modelParameters"),
    traceName: pick("traceName"),
    userId: pick("userId"),
    sessionId: pick("sessionId"),
    tags: pick("tags"),
    environment: pick("environment"),
    release: pick("release"),
    promptName: pick("promptName"),
    promptVersion: pick("promptVersion"),
    statusMessage: pick("statusMessage"),
    errorType: pick("errorType"),
    level: pick("level"),
    completionStartTimeUnixNano: pick("completionStartTimeUnixNano"),
    traceInput: pick("traceInput"),
    traceOutput: pick("traceOutput"),
    metadata: mergeMetadata(...records.map((record) => record.metadata)) ?? {},
  };
}

/**
 * Usage subsets must stay subsets. When cache tokens exceed the input they were reported next to, the
 * source counted input exclusive of cache (Anthropic's raw `input_tokens`, AI SDK 5's Anthropic
 * provider): add them in. Likewise reasoning above output. A total below input + output is rebuilt.
 */
export function finalizeUsage(usage: TUsage): TUsage {
  let { input, output, total } = usage;
  const { cacheRead, cacheWrite, reasoning } = usage;
  const cached = (cacheRead ?? 0) + (cacheWrite ?? 0);
  if (input !== null && cached > input) input += cached;
  if (output !== null && reasoning !== null && reasoning > output) output += reasoning;
  const sum = input === null && output === null ? null : (input ?? 0) + (output ?? 0);
  if (total === null || (sum !== null && total < sum)) total = sum;
  return { input, output, total, cacheRead, cacheWrite, reasoning };
}

function mergeCandidates(records: TConventionRecord[]): TCandidates {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const record of records) {
    const candidates = record.candidates as Record<string, Record<string, unknown>>;
    for (const field in candidates) {
      const sources = candidates[field];
      if (sources === undefined) continue;
      const slot = (merged[field] ??= {});
      for (const source in sources) {
        if (slot[source] === undefined) slot[source] = sources[source];
      }
    }
  }
  return merged as TCandidates;
}

function pickField<F extends TField>(candidates: TCandidates, field: F): TFieldValues[F] | null {
  const offered = candidates[field] as Partial<Record<string, TFieldValues[F]>> | undefined;
  if (offered === undefined) return null;
  for (const source of PRECEDENCE[field] as readonly TSourceKey<F>[]) {
    const value = offered[source];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

function pickMessages<F extends TMessageField>(candidates: TCandidates, field: F): TCandidateValues[F] | null {
  const offered = candidates[field] as Partial<Record<string, TCandidateValues[F]>> | undefined;
  if (offered === undefined) return null;
  const order = field === "inputMessages" ? PRECEDENCE.input : PRECEDENCE.output;
  for (const source of order) {
    const value = offered[source];
    if (value !== undefined && value !== null) return value;
  }
  return null;
}
