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
import { emptyRecord, hasNamespace, mergeMetadata, offer, toRecord } from "./candidates.ts";
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
  // The environment and release may sit on the resource alone.
  const isOnResource =
    span.resourceAttributes["langfuse.environment"] !== undefined ||
    span.resourceAttributes["langfuse.release"] !== undefined;
  if (!isOnResource && !hasNamespace(span, ["langfuse"])) return emptyRecord();
  const attributes = span.attributes;
  const text = (key: string) => asString(attributes[key]);
  const candidates: TCandidates = {};

  const type = text("langfuse.observation.type")?.toLowerCase() ?? null;
  const isKnownType = type !== null && (OBSERVATION_TYPES as readonly string[]).includes(type);
  const input = parseJsonText(attributes["langfuse.observation.input"]);
  const output = parseJsonText(attributes["langfuse.observation.output"]);
  const parameters = asRecord(attributes["langfuse.observation.model.parameters"]);
  const level = text("langfuse.observation.level")?.toUpperCase();
  offer(candidates, {
    kind: { "langfuse.observation.type": isKnownType ? observationKind(type as TObservationType) : null },
    input: { "langfuse.observation.input": input },
    inputMessages: { "langfuse.observation.input": looseMessages({ value: input, role: "user" }) },
    output: { "langfuse.observation.output": output },
    outputMessages: { "langfuse.observation.output": looseMessages({ value: output, role: "assistant" }) },
    model: { "langfuse.observation.model.name": text("langfuse.observation.model.name") },
    modelParameters: { "langfuse.observation.model.parameters": parameters && toAttributes(parameters) },
    providedCost: {
      "langfuse.observation.cost_details": costFromDetails(attributes["langfuse.observation.cost_details"]),
    },
    level: { "langfuse.observation.level": LEVELS.find((item) => item === level) },
    statusMessage: { "langfuse.observation.status_message": text("langfuse.observation.status_message") },
    promptName: { "langfuse.observation.prompt.name": text("langfuse.observation.prompt.name") },
    promptVersion: { "langfuse.observation.prompt.version": text("langfuse.observation.prompt.version") },
    completionStartTimeUnixNano: {
      "langfuse.observation.completion_start_time": isoToUnixNano(
        attributes["langfuse.observation.completion_start_time"],
      ),
    },
  });
  offerUsage(candidates, attributes["langfuse.observation.usage_details"]);
  offerTrace(candidates, span);
  return toRecord(candidates, metadata(attributes));
}

function offerUsage(candidates: TCandidates, value: unknown): void {
  const usage = usageFromDetails(value);
  if (usage === null) return;
  offer(candidates, {
    usageInput: { "langfuse.observation.usage_details": usage.input },
    usageOutput: { "langfuse.observation.usage_details": usage.output },
    usageTotal: { "langfuse.observation.usage_details": usage.total },
    usageCacheRead: { "langfuse.observation.usage_details": usage.cacheRead },
    usageCacheWrite: { "langfuse.observation.usage_details": usage.cacheWrite },
    usageReasoning: { "langfuse.observation.usage_details": usage.reasoning },
  });
}

/** Trace-level facts; environment and release are often set on the resource instead of each span. */
function offerTrace(candidates: TCandidates, span: TSpanInput): void {
  const attributes = span.attributes;
  const spanOrResource = (key: string) => asString(attributes[key]) ?? asString(span.resourceAttributes[key]);
  offer(candidates, {
    traceName: { "langfuse.trace.name": asString(attributes["langfuse.trace.name"]) },
    tags: {
      "langfuse.trace.tags": asTagList(attributes["langfuse.trace.tags"]),
      "langfuse.tags": asTagList(attributes["langfuse.tags"]),
    },
    traceInput: { "langfuse.trace.input": parseJsonText(attributes["langfuse.trace.input"]) },
    traceOutput: { "langfuse.trace.output": parseJsonText(attributes["langfuse.trace.output"]) },
    userId: { "langfuse.user.id": asString(attributes["langfuse.user.id"]) },
    sessionId: { "langfuse.session.id": asString(attributes["langfuse.session.id"]) },
    environment: { "langfuse.environment": spanOrResource("langfuse.environment") },
    release: { "langfuse.release": spanOrResource("langfuse.release") },
  });
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
function looseMessages({ value, role }: { value: unknown; role: string }): TChatMessage[] | null {
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
