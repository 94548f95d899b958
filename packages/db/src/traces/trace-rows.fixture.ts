import { randomBytes } from "node:crypto";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import type { TSpanRow, TSpanRowKind } from "../ingest/span-row.ts";

export const hexId = (bytes: number) => randomBytes(bytes).toString("hex");
const nanos = (ms: number) => BigInt(Math.round(ms * 1000)) * 1_000n;

/** A trace as tests describe it; `traceRows` turns it into a root span and one child per kind. */
export type TTraceSpec = {
  traceId?: string;
  startMs: number;
  durationMs?: number;
  name?: string;
  userId?: string;
  sessionId?: string;
  tags?: string[];
  environment?: string;
  /** Kinds of the root's children; an LLM child carries the model, tokens and cost. */
  childKinds?: TSpanRowKind[];
  model?: string;
  tokens?: number;
  costUsd?: number;
  isError?: boolean;
  input?: unknown;
  output?: unknown;
};

export function traceRows(projectId: string, spec: TTraceSpec): TSpanRow[] {
  const traceId = spec.traceId ?? hexId(16);
  const rootId = hexId(8);
  const durationMs = spec.durationMs ?? 100;
  const root = makeSpanRow({
    projectId,
    traceId,
    spanId: rootId,
    name: spec.name ?? "handle-request",
    startUnixNano: nanos(spec.startMs),
    endUnixNano: nanos(spec.startMs + durationMs),
    userId: spec.userId ?? null,
    sessionId: spec.sessionId ?? null,
    tags: spec.tags ?? [],
    environment: spec.environment ?? null,
    inputJson: spec.input === undefined ? null : JSON.stringify(spec.input),
    outputJson: spec.output === undefined ? null : JSON.stringify(spec.output),
    inputPreview: typeof spec.input === "string" ? spec.input.slice(0, 280) : null,
    outputPreview: typeof spec.output === "string" ? spec.output.slice(0, 280) : null,
  });
  const children = (spec.childKinds ?? ["LLM"]).map((kind, index) =>
    makeSpanRow({
      projectId,
      traceId,
      spanId: hexId(8),
      parentSpanId: rootId,
      name: `${kind.toLowerCase()}-${index}`,
      kind,
      startUnixNano: nanos(spec.startMs + 1),
      endUnixNano: nanos(spec.startMs + durationMs - 1),
      statusCode: spec.isError && index === 0 ? "ERROR" : "OK",
      model: kind === "LLM" ? (spec.model ?? "gpt-4o-mini") : null,
      inputTokens: kind === "LLM" ? (spec.tokens ?? 10) : null,
      outputTokens: kind === "LLM" ? 0 : null,
      costUsd: kind === "LLM" ? (spec.costUsd ?? 0.001) : null,
      costSource: kind === "LLM" ? "price" : "none",
    }),
  );
  return [root, ...children];
}

/** Epoch milliseconds of a fixed hour, far from "now", so tests pick their own windows. */
export const FIXED_HOUR_MS = Date.parse("2026-03-01T10:00:00.000Z");

export const isoAt = (ms: number) => new Date(ms).toISOString();
