import type { TAttributes } from "../otlp/types.ts";
import type { TChatMessage, TSpanKind } from "../types.ts";
import {
  asRecord,
  asString,
  asTagList,
  collectPrefixed,
  isRecord,
  parseJsonText,
  toAttributes,
} from "../normalize/attribute-values.ts";
import { mergeMetadata, offer, toRecord } from "./candidates.ts";
import { toChatMessage, toChatMessages } from "./chat-messages.ts";
import { costFromDetails, usageFromDetails } from "./langfuse-details.ts";
import type { TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/*
 * `langfuse.*` attributes written by the Langfuse SDKs v3+ (SEMCONV.md §5, LANGFUSE.md §1.10), so
 * their users can point the exporter at Spanlight unchanged. Langfuse lets these win over generic
 * conventions, and so does PRECEDENCE.
 */

const OBSERVATION_TYPES = [
  "span",
  "generation",
  "event",
  "agent",
  "tool",
  "chain",
  "retriever",
  "evaluator",
  "embedding",
  "guardrail",
] as const;
type TObservationType = (typeof OBSERVATION_TYPES)[number];

function observationKind(type: TObservationType): TSpanKind {
  switch (type) {
    case "generation":
      return "LLM";
    case "span":
    case "event":
      return "SPAN";
    case "agent":
      return "AGENT";
    case "tool":
      return "TOOL";
    case "chain":
      return "CHAIN";
    case "retriever":
      return "RETRIEVER";
    case "evaluator":
      return "EVALUATOR";
    case "embedding":
      return "EMBEDDING";
    case "guardrail":
      return "GUARDRAIL";
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

const LEVELS = ["DEBUG", "DEFAULT", "WARNING", "ERROR"] as const;

export function extractLangfuse(span: TSpanInput): TConventionRecord {
  const attributes = span.attributes;
  const candidates: TCandidates = {};

  const type = asString(attributes["langfuse.observation.type"])?.toLowerCase() ?? null;
  if (type !== null && (OBSERVATION_TYPES as readonly string[]).includes(type)) {
    offer(candidates, { kind: { "langfuse.observation.type": observationKind(type as TObservationType) } });
  }
  offerObservation(candidates, attributes);
  offerUsage(candidates, attributes["langfuse.observation.usage_details"]);
  offer(candidates, {
    providedCost: {
      "langfuse.observation.cost_details": costFromDetails(attributes["langfuse.observation.cost_details"]),
    },
  });
  offerTrace(candidates, span);
  return toRecord(candidates, metadata(attributes));
}

function offerObservation(candidates: TCandidates, attributes: TAttributes): void {
  const input = parseJsonText(attributes["langfuse.observation.input"]);
  offer(candidates, { input: { "langfuse.observation.input": input } });
  offer(candidates, { inputMessages: { "langfuse.observation.input": looseMessages(input, "user") } });
  const output = parseJsonText(attributes["langfuse.observation.output"]);
  offer(candidates, { output: { "langfuse.observation.output": output } });
  offer(candidates, { outputMessages: { "langfuse.observation.output": looseMessages(output, "assistant") } });

  offer(candidates, {
    model: { "langfuse.observation.model.name": asString(attributes["langfuse.observation.model.name"]) },
  });
  const parameters = asRecord(attributes["langfuse.observation.model.parameters"]);
  offer(candidates, {
    modelParameters: { "langfuse.observation.model.parameters": parameters && toAttributes(parameters) },
  });
  const level = asString(attributes["langfuse.observation.level"])?.toUpperCase();
  offer(candidates, { level: { "langfuse.observation.level": LEVELS.find((item) => item === level) } });
  offer(candidates, {
    statusMessage: {
      "langfuse.observation.status_message": asString(attributes["langfuse.observation.status_message"]),
    },
  });
  offer(candidates, {
    promptName: { "langfuse.observation.prompt.name": asString(attributes["langfuse.observation.prompt.name"]) },
  });
  offer(candidates, {
    promptVersion: {
      "langfuse.observation.prompt.version": asString(attributes["langfuse.observation.prompt.version"]),
    },
  });
  offer(candidates, {
    completionStartTimeUnixNano: {
      "langfuse.observation.completion_start_time": isoToUnixNano(
        attributes["langfuse.observation.completion_start_time"],
      ),
    },
  });
}

function offerUsage(candidates: TCandidates, value: unknown): void {
  const usage = usageFromDetails(value);
  if (usage === null) return;
  const source = "langfuse.observation.usage_details" as const;
  offer(candidates, { usageInput: { [source]: usage.input } });
  offer(candidates, { usageOutput: { [source]: usage.output } });
  offer(candidates, { usageTotal: { [source]: usage.total } });
  offer(candidates, { usageCacheRead: { [source]: usage.cacheRead } });
  offer(candidates, { usageCacheWrite: { [source]: usage.cacheWrite } });
  offer(candidates, { usageReasoning: { [source]: usage.reasoning } });
}

/** Trace-level facts; environment and release are often set on the resource instead of each span. */
function offerTrace(candidates: TCandidates, span: TSpanInput): void {
  const attributes = span.attributes;
  const spanOrResource = (key: string) => asString(attributes[key]) ?? asString(span.resourceAttributes[key]);
  offer(candidates, { traceName: { "langfuse.trace.name": asString(attributes["langfuse.trace.name"]) } });
  offer(candidates, { tags: { "langfuse.trace.tags": asTagList(attributes["langfuse.trace.tags"]) } });
  offer(candidates, { tags: { "langfuse.tags": asTagList(attributes["langfuse.tags"]) } });
  offer(candidates, { traceInput: { "langfuse.trace.input": parseJsonText(attributes["langfuse.trace.input"]) } });
  offer(candidates, { traceOutput: { "langfuse.trace.output": parseJsonText(attributes["langfuse.trace.output"]) } });
  offer(candidates, { userId: { "langfuse.user.id": asString(attributes["langfuse.user.id"]) } });
  offer(candidates, { sessionId: { "langfuse.session.id": asString(attributes["langfuse.session.id"]) } });
  offer(candidates, { environment: { "langfuse.environment": spanOrResource("langfuse.environment") } });
  offer(candidates, { release: { "langfuse.release": spanOrResource("langfuse.release") } });
}

/** Trace metadata first, observation metadata over it; the JSON form first, per-key attributes over it. */
function metadata(attributes: TAttributes): TAttributes | null {
  const json = (key: string) => {
    const record = asRecord(attributes[key]);
    return record === null ? null : toAttributes(record);
  };
  return mergeMetadata(
    json("langfuse.trace.metadata"),
    collectPrefixed(attributes, "langfuse.trace.metadata."),
    json("langfuse.observation.metadata"),
    collectPrefixed(attributes, "langfuse.observation.metadata."),
  );
}

/** Free-form I/O becomes chat messages only when it is shaped like them. */
function looseMessages(value: unknown, role: string): TChatMessage[] | null {
  if (Array.isArray(value))
    return value.every((item) => isRecord(item) && "role" in item) ? toChatMessages(value) : null;
  if (!isRecord(value)) return null;
  if (Array.isArray(value.messages)) return toChatMessages(value.messages);
  return typeof value.role === "string" ? toChatMessage(value, { role }) : null;
}

/** ISO timestamp, sometimes JSON-quoted by the SDKs. Millisecond precision is what Date offers. */
function isoToUnixNano(value: unknown): bigint | null {
  const text = asString(parseJsonText(value));
  if (text === null) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? BigInt(ms) * 1_000_000n : null;
}
