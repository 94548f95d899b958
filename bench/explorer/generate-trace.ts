import type { TSpanRow, TSpanRowKind } from "@spanlight/db";
import { nanosToIso } from "../../packages/db/src/ingest/insert-spans.ts";
import { searchBodyOf } from "../../packages/db/src/ingest/search-body.ts";
import type { TRandom } from "../lib/random.ts";
import { copyField, spanCopyLine, textArray } from "./copy-text.ts";
import { CHILD_KINDS, fillerSentence, MODELS, RARE_TERM, RARE_TERM_EVERY, TAGS, TOPICS, USER_COUNT } from "./vocabulary.ts";

const RESOURCE_JSON = JSON.stringify({ "service.name": "support-bot", "deployment.environment": "production" });

export type TTraceSpec = {
  projectId: string;
  traceId: string;
  startMs: number;
  spanCount: number;
  random: TRandom;
  /** The root's name (the big trace's is fixed so the browser can find it). */
  rootName?: string;
  /** Children per intermediate CHAIN span; 0: every child hangs off the root. */
  fanOut?: number;
};

export type TGeneratedTrace = { spanLines: string; searchLines: string; traceLine: string };

/** One trace: its spans as COPY lines (the writer's columns), their search bodies, and its rollup row, computed from those spans. */
export function generateTrace(spec: TTraceSpec): TGeneratedTrace {
  const { random } = spec;
  const userId = `user-${String(random.int(1, USER_COUNT)).padStart(5, "0")}`;
  const sessionId = `session-${userId.slice(5)}-${random.int(1, 40)}`;
  const tags = TAGS.filter(([, probability]) => random.chance(probability)).map(([tag]) => tag).sort();
  const topic = random.pick(TOPICS);
  const isRare = random.chance(1 / RARE_TERM_EVERY);
  const question = `${topic} ${isRare ? `${RARE_TERM} ` : ""}${fillerSentence(random.int(0, 99), 8)}`;
  const rows: TSpanRow[] = [];
  let cursorMs = spec.startMs;
  const root = spanRow(spec, { spanId: spanIdOf(spec.traceId, 0), parentSpanId: null, kind: "AGENT", name: spec.rootName ?? "support-agent" });
  root.userId = userId;
  root.sessionId = sessionId;
  root.tags = tags;
  root.inputJson = JSON.stringify({ question });
  root.outputJson = JSON.stringify({ answer: `Here is what I found about ${topic}: ${fillerSentence(random.int(0, 99), 10)}` });
  root.inputPreview = root.inputJson.slice(0, 200);
  root.outputPreview = root.outputJson.slice(0, 200);
  rows.push(root);
  let chainId = root.spanId;
  for (let index = 1; index < spec.spanCount; index += 1) {
    const isChainStart = spec.fanOut !== undefined && spec.fanOut > 0 && (index - 1) % (spec.fanOut + 1) === 0;
    const kind: TSpanRowKind = isChainStart ? "CHAIN" : CHILD_KINDS[(index - 1) % CHILD_KINDS.length]!;
    const parentSpanId = isChainStart ? root.spanId : chainId;
    const row = spanRow(spec, { spanId: spanIdOf(spec.traceId, index), parentSpanId, kind, name: isChainStart ? `step-${index}` : `${kind.toLowerCase()}-call` });
    if (isChainStart) chainId = row.spanId;
    const durationMs = random.int(20, 1_500);
    row.startUnixNano = BigInt(cursorMs) * 1_000_000n;
    row.endUnixNano = BigInt(cursorMs + durationMs) * 1_000_000n;
    cursorMs += spec.fanOut ? 1 : durationMs;
    fillChild(row, random, question, index);
    rows.push(row);
  }
  root.startUnixNano = BigInt(spec.startMs) * 1_000_000n;
  root.endUnixNano = BigInt(cursorMs + random.int(5, 200)) * 1_000_000n;
  if (random.chance(0.03) && rows.length > 1) rows[rows.length - 1]!.statusCode = "ERROR";
  let spanLines = "";
  let searchLines = "";
  for (const row of rows) {
    spanLines += spanCopyLine(row);
    searchLines += `${[row.projectId, row.traceId, row.spanId, searchBodyOf(row)].map(copyField).join("\t")}\n`;
  }
  return { spanLines, searchLines, traceLine: traceLine(spec, rows, { userId, sessionId, tags }) };
}

function spanIdOf(traceId: string, index: number): string {
  return `${traceId.slice(0, 8)}${index.toString(16).padStart(8, "0")}`;
}

function fillChild(row: TSpanRow, random: TRandom, question: string, index: number): void {
  if (row.kind === "LLM" || row.kind === "EMBEDDING") {
    const [model, provider] = random.pick(MODELS);
    row.model = model;
    row.provider = provider;
    row.inputTokens = random.int(200, 3_000);
    row.outputTokens = row.kind === "LLM" ? random.int(20, 600) : 0;
    row.totalTokens = row.inputTokens + row.outputTokens;
    row.inputCostUsd = row.inputTokens * 1.5e-7;
    row.outputCostUsd = row.outputTokens * 6e-7;
    row.costUsd = row.inputCostUsd + row.outputCostUsd;
    row.costSource = "price";
    // Realistic sizes (~2.5 KB of messages per model call): a system prompt, the question, a long answer.
    row.inputMessagesJson = JSON.stringify([
      { role: "system", content: SYSTEM_PROMPTS[(index + random.int(0, 3)) % SYSTEM_PROMPTS.length] },
      { role: "user", content: question },
    ]);
    row.outputMessagesJson = JSON.stringify([{ role: "assistant", content: fillerSentence(random.int(0, 99), random.int(80, 160)) }]);
    row.modelParametersJson = '{"temperature":0.2}';
  } else {
    row.inputJson = JSON.stringify({ query: `step ${index} input ${fillerSentence(index, 5)}` });
    row.outputJson = JSON.stringify({ result: fillerSentence(index + 3, 9) });
  }
  row.inputPreview = (row.inputJson ?? row.inputMessagesJson)!.slice(0, 200);
  row.outputPreview = (row.outputJson ?? row.outputMessagesJson)!.slice(0, 200);
}

function spanRow(spec: TTraceSpec, fields: { spanId: string; parentSpanId: string | null; kind: TSpanRowKind; name: string }): TSpanRow {
  return {
    projectId: spec.projectId,
    traceId: spec.traceId,
    ...fields,
    otelSpanKind: 1,
    startUnixNano: 0n,
    endUnixNano: 0n,
    statusCode: "OK",
    statusMessage: null,
    model: null,
    provider: null,
    inputTokens: null,
    outputTokens: null,
    totalTokens: null,
    cacheReadTokens: null,
    cacheWriteTokens: null,
    reasoningTokens: null,
    costUsd: null,
    inputCostUsd: null,
    outputCostUsd: null,
    costSource: "none",
    priceId: null,
    userId: null,
    sessionId: null,
    environment: "production",
    release: "v1.4.2",
    promptName: null,
    promptVersion: null,
    scopeName: "openinference.instrumentation",
    inputPreview: null,
    outputPreview: null,
    inputJson: null,
    outputJson: null,
    inputMessagesJson: null,
    outputMessagesJson: null,
    modelParametersJson: null,
    metadataJson: null,
    attributesJson: `{"openinference.span.kind":"${fields.kind}","app.step":"${fields.name}"}`,
    resourceAttributesJson: RESOURCE_JSON,
    eventsJson: null,
    exceptionsJson: null,
    linksJson: null,
    extraJson: null,
    traceName: null,
    tags: [],
    sizeBytes: 0,
  };
}

const SYSTEM_PROMPTS = Array.from({ length: 8 }, (_, seed) => `You are support agent ${seed}. ${fillerSentence(seed * 13, 220)}`);

/** The rollup the writer's upsert would store for these spans. */
function traceLine(spec: TTraceSpec, rows: TSpanRow[], facts: { userId: string; sessionId: string; tags: string[] }): string {
  const root = rows[0]!;
  let startNano = root.startUnixNano;
  let endNano = root.endUnixNano;
  let errors = 0;
  const tokens = { input: 0, output: 0, total: 0 };
  let cost = 0;
  const models = new Set<string>();
  const kinds = new Set<string>();
  for (const row of rows) {
    if (row.startUnixNano < startNano) startNano = row.startUnixNano;
    if (row.endUnixNano > endNano) endNano = row.endUnixNano;
    if (row.statusCode === "ERROR") errors += 1;
    if (row.kind === "LLM" || row.kind === "EMBEDDING") {
      tokens.input += row.inputTokens ?? 0;
      tokens.output += row.outputTokens ?? 0;
      tokens.total += row.totalTokens ?? 0;
      cost += row.costUsd ?? 0;
    }
    if (row.model) models.add(row.model);
    kinds.add(row.kind);
  }
  const fields = [
    spec.projectId, spec.traceId, root.name, null, root.spanId, root.name,
    nanosToIso(startNano), nanosToIso(endNano), Number(endNano - startNano) / 1e6, rows.length, errors,
    tokens.input, tokens.output, tokens.total, 0, 0, 0, cost,
    facts.userId, facts.sessionId, textArray(facts.tags), "production", "v1.4.2",
    root.inputPreview ?? root.inputJson!.slice(0, 200), root.outputPreview ?? root.outputJson!.slice(0, 200),
    textArray([...models].sort()), textArray([...kinds].sort()),
  ];
  return `${fields.map(copyField).join("\t")}\n`;
}

export const TRACE_COPY_SQL = `COPY trace (project_id, trace_id, name, explicit_name, root_span_id, root_span_name,
  start_time, end_time, duration_ms, span_count, error_count,
  input_tokens, output_tokens, total_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_usd,
  user_id, session_id, tags, environment, release, input_preview, output_preview, models, kinds) FROM STDIN`;

export const SEARCH_COPY_SQL = "COPY span_search (project_id, trace_id, span_id, body) FROM STDIN";
