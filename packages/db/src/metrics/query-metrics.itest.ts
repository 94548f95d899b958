import { randomBytes } from "node:crypto";
import { countsUsage, ZMetricsQuery } from "@spanlight/core";
import type { TMetricsQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import type { TSpanRow } from "../ingest/span-row.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { insertScore } from "../scores/create-score.ts";
import { makeNewScore } from "../scores/new-score.fixture.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { queryMetrics } from "./query-metrics.ts";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const HOUR_MS = 3_600_000;
/** 2026-03-02T10:00:00Z, a Monday: three hours of traces from here. */
const START_MS = Date.UTC(2026, 2, 2, 10);
const nanos = (ms: number) => BigInt(Math.round(ms * 1000)) * 1_000n;
const WINDOW = { from: "2026-03-02T10:00:00Z", to: "2026-03-02T13:00:00Z" };

type TSeeded = { rows: TSpanRow[]; traceIds: string[] };

/**
 * AI SDK-like traces: a CHAIN root that repeats its model calls' usage (the rollup must not count it),
 * one or two LLM calls with tokens and cost, sometimes a failing tool. Deterministic from `index`.
 */
function pipelineTrace(projectId: string, index: number): TSpanRow[] {
  const traceId = hex(16);
  const rootId = hex(8);
  const startMs = START_MS + index * 7 * 60_000 + (index % 5) * 1_013.25;
  const models = index % 3 === 0 ? ["gpt-4o", "claude-3-5-sonnet"] : [index % 2 === 0 ? "gpt-4o" : "claude-3-5-sonnet"];
  const facts = {
    projectId,
    traceId,
    userId: `user-${index % 4}`,
    sessionId: `session-${index % 6}`,
    environment: index % 5 === 0 ? "staging" : "production",
    tags: index % 2 === 0 ? ["checkout"] : index % 7 === 0 ? [] : ["search", "beta"],
  };
  const calls = models.map((model, call) => {
    const callStart = startMs + 20 + call * 400;
    const inputTokens = 100 + index * 3 + call;
    const outputTokens = 20 + (index % 9);
    return makeSpanRow({
      ...facts,
      spanId: hex(8),
      parentSpanId: rootId,
      name: "ai.generateText.doGenerate",
      kind: "LLM",
      startUnixNano: nanos(callStart),
      endUnixNano: nanos(callStart + 150 + ((index * 37 + call * 11) % 300) + 0.4567),
      model,
      provider: model.startsWith("gpt") ? "openai" : "anthropic",
      inputTokens,
      outputTokens,
      // A null total is read as input + output, as the rollup does.
      totalTokens: call === 0 ? inputTokens + outputTokens : null,
      cacheReadTokens: index % 4,
      // Every fifth call has no price: its cost is unknown, not 0.
      costUsd: index % 5 === 1 ? null : (inputTokens * 2.5 + outputTokens * 10) / 1e6,
      costSource: index % 5 === 1 ? "none" : "price",
      promptName: "answer",
      promptVersion: String(1 + (index % 2)),
    });
  });
  const endMs = startMs + 1_000 + ((index * 53) % 900);
  const root = makeSpanRow({
    ...facts,
    spanId: rootId,
    name: index % 2 === 0 ? "checkout-agent" : "search-agent",
    kind: "CHAIN",
    startUnixNano: nanos(startMs),
    endUnixNano: nanos(endMs),
    // The wrapper repeats its calls' usage, as the AI SDK's ai.generateText does.
    inputTokens: calls.reduce((sum, call) => sum + (call.inputTokens ?? 0), 0),
    outputTokens: calls.reduce((sum, call) => sum + (call.outputTokens ?? 0), 0),
    costUsd: 1,
  });
  const tool = makeSpanRow({
    ...facts,
    spanId: hex(8),
    parentSpanId: rootId,
    name: "lookup",
    kind: "TOOL",
    startUnixNano: nanos(startMs + 5),
    endUnixNano: nanos(startMs + 15),
    statusCode: index % 4 === 3 ? "ERROR" : "OK",
  });
  return [root, tool, ...calls];
}

/** Exact percentile with linear interpolation, as PostgreSQL's percentile_cont. */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const durationMs = (row: TSpanRow) => Number(row.endUnixNano - row.startUnixNano) / 1e6;

/** The traces as the raw spans say they are: what every trace-view figure must equal. */
function tracesFromSpans(rows: TSpanRow[]) {
  const byTrace = new Map<string, TSpanRow[]>();
  for (const row of rows) byTrace.set(row.traceId, [...(byTrace.get(row.traceId) ?? []), row]);
  return [...byTrace.values()].map((spans) => {
    const start = spans.reduce(
      (min, span) => (span.startUnixNano < min ? span.startUnixNano : min),
      spans[0]!.startUnixNano,
    );
    const end = spans.reduce((max, span) => (span.endUnixNano > max ? span.endUnixNano : max), spans[0]!.endUnixNano);
    const usage = spans.filter((span) => countsUsage(span.kind));
    const priced = usage.filter((span) => span.costUsd !== null);
    return {
      traceId: spans[0]!.traceId,
      startMs: Number(start / 1_000_000n),
      // The rollup keeps microseconds (timestamptz), so compare at that precision.
      durationMs: Number(end / 1_000n - start / 1_000n) / 1_000,
      isError: spans.some((span) => span.statusCode === "ERROR"),
      totalTokens: usage.reduce(
        (sum, span) => sum + (span.totalTokens ?? (span.inputTokens ?? 0) + (span.outputTokens ?? 0)),
        0,
      ),
      costUsd: priced.length > 0 ? priced.reduce((sum, span) => sum + span.costUsd!, 0) : null,
      tags: spans[0]!.tags,
      userId: spans[0]!.userId,
    };
  });
}

const query = (input: Omit<TMetricsQueryInput, "from" | "to">) => ZMetricsQuery.parse({ ...WINDOW, ...input });

describe("[METRICS] queryMetrics", () => {
  let projectId: string;
  let writer: SpanWriter;
  const seeded: TSeeded = { rows: [], traceIds: [] };

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const traces = Array.from({ length: 24 }, (_, index) => pipelineTrace(projectId, index));
    seeded.rows = traces.flat();
    seeded.traceIds = traces.map((spans) => spans[0]!.traceId);
    // Children first, roots late and out of order, and every span of the even traces sent twice.
    const children = traces.flatMap((spans) => spans.slice(1)).reverse();
    const roots = traces.map((spans) => spans[0]!);
    await writer.write(children.slice(0, 20));
    await writer.write(children.slice(10));
    await writer.write(roots.slice(12));
    await writer.write(traces.filter((_, index) => index % 2 === 0).flat());
    await writer.write(roots);
    // A trace outside the window must not count.
    await writer.write(
      pipelineTrace(projectId, 40).map((row) => ({
        ...row,
        startUnixNano: row.startUnixNano + nanos(HOUR_MS * 5),
        endUnixNano: row.endUnixNano + nanos(HOUR_MS * 5),
      })),
    );
    for (const [index, traceId] of seeded.traceIds.entries()) {
      if (index % 3 === 2) continue;
      await insertScore({
        projectId,
        score: makeNewScore({ name: "quality", traceId, numericValue: (index % 5) / 4 }),
      });
      if (index % 4 === 0)
        await insertScore({ projectId, score: makeNewScore({ name: "quality", traceId, numericValue: 1 }) });
    }
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("counts traces, errors, tokens and cost per hour exactly as the raw spans add up", async () => {
    const result = await queryMetrics({
      projectId,
      query: query({
        view: "traces",
        measures: [
          "count",
          "errorCount",
          "errorRate",
          "totalTokens",
          "costUsd",
          "latencyP50",
          "latencyP95",
          "latencyP99",
        ],
        groupBy: ["time"],
        granularity: "hour",
      }),
    });
    const traces = tracesFromSpans(seeded.rows);
    const expected = [0, 1, 2].map((hour) => {
      const inHour = traces.filter((trace) => Math.floor((trace.startMs - START_MS) / HOUR_MS) === hour);
      const errors = inHour.filter((trace) => trace.isError).length;
      return {
        time: new Date(START_MS + hour * HOUR_MS).toISOString().replace(".000Z", ".000000Z"),
        count: inHour.length,
        errorCount: errors,
        errorRate: errors / inHour.length,
        totalTokens: inHour.reduce((sum, trace) => sum + trace.totalTokens, 0),
        costUsd: inHour.reduce((sum, trace) => sum + (trace.costUsd ?? 0), 0),
        latencyP50: percentile(
          inHour.map((trace) => trace.durationMs),
          0.5,
        ),
        latencyP95: percentile(
          inHour.map((trace) => trace.durationMs),
          0.95,
        ),
        latencyP99: percentile(
          inHour.map((trace) => trace.durationMs),
          0.99,
        ),
      };
    });
    expect(result.data).toHaveLength(3);
    for (const [index, row] of result.data.entries()) {
      const want = expected[index]!;
      expect(row).toMatchObject({
        time: want.time,
        count: want.count,
        errorCount: want.errorCount,
        totalTokens: want.totalTokens,
      });
      expect(row.errorRate).toBeCloseTo(want.errorRate, 12);
      expect(row.costUsd).toBeCloseTo(want.costUsd, 12);
      for (const key of ["latencyP50", "latencyP95", "latencyP99"] as const) expect(row[key]).toBeCloseTo(want[key], 6);
    }
  });

  it("reads model calls per model from the spans, counting only the calls' usage, never the wrapper's", async () => {
    const result = await queryMetrics({
      projectId,
      query: query({
        view: "spans",
        measures: ["count", "inputTokens", "costUsd", "latencyP95", "latencyMean"],
        groupBy: ["model", "provider"],
        filters: { kind: "LLM" },
      }),
    });
    const calls = seeded.rows.filter((row) => row.kind === "LLM");
    const expected = ["claude-3-5-sonnet", "gpt-4o"].map((model) => {
      const ofModel = calls.filter((call) => call.model === model);
      return {
        model,
        provider: ofModel[0]!.provider,
        count: ofModel.length,
        inputTokens: ofModel.reduce((sum, call) => sum + call.inputTokens!, 0),
        costUsd: ofModel.reduce((sum, call) => sum + (call.costUsd ?? 0), 0),
        latencyP95: percentile(ofModel.map(durationMs), 0.95),
        latencyMean: ofModel.reduce((sum, call) => sum + durationMs(call), 0) / ofModel.length,
      };
    });
    expect(result.data.map((row) => [row.model, row.provider, row.count, row.inputTokens])).toEqual(
      expected.map((want) => [want.model, want.provider, want.count, want.inputTokens]),
    );
    result.data.forEach((row, index) => {
      expect(row.costUsd).toBeCloseTo(expected[index]!.costUsd, 12);
      expect(row.latencyP95).toBeCloseTo(expected[index]!.latencyP95, 6);
      expect(row.latencyMean).toBeCloseTo(expected[index]!.latencyMean, 6);
    });
    // Without the kind filter the wrapper and tool spans count as spans but add no usage.
    const all = await queryMetrics({ projectId, query: query({ view: "spans", measures: ["count", "inputTokens"] }) });
    expect(all.data).toEqual([
      { count: seeded.rows.length, inputTokens: expected[0]!.inputTokens + expected[1]!.inputTokens },
    ]);
  });

  it("groups by tag and user with score means over the traces' scores, and applies the list's filters", async () => {
    const result = await queryMetrics({
      projectId,
      query: query({
        view: "traces",
        measures: ["count", "scoreMean:quality", "scoreCount:quality", "scoreMean:absent"],
        groupBy: ["tag"],
        filters: { environment: "production" },
        orderBy: { measure: "count", order: "desc" },
      }),
    });
    const traces = tracesFromSpans(seeded.rows.filter((row) => row.environment === "production"));
    const scores = await getPool().query<{ trace_id: string; numeric_value: number }>(
      "SELECT trace_id, numeric_value FROM score WHERE project_id = $1 AND name = 'quality'",
      [projectId],
    );
    const expectedFor = (tag: string | null) => {
      const tagged = traces.filter((trace) => (tag === null ? trace.tags.length === 0 : trace.tags.includes(tag)));
      const values = scores.rows.filter((score) => tagged.some((trace) => trace.traceId === score.trace_id));
      return {
        tag,
        count: tagged.length,
        "scoreMean:quality": values.reduce((sum, score) => sum + score.numeric_value, 0) / values.length,
        "scoreCount:quality": values.length,
        "scoreMean:absent": null,
      };
    };
    const expected = ["checkout", "search", "beta", null].map(expectedFor).filter((row) => row.count > 0);
    expect(result.data.map((row) => row.tag).sort()).toEqual(expected.map((row) => row.tag).sort());
    for (const row of result.data) {
      const want = expected.find((candidate) => candidate.tag === row.tag)!;
      expect(row.count).toBe(want.count);
      expect(row["scoreCount:quality"]).toBe(want["scoreCount:quality"]);
      expect(row["scoreMean:quality"]).toBeCloseTo(want["scoreMean:quality"], 12);
      expect(row["scoreMean:absent"]).toBeNull();
    }
    expect(result.data.map((row) => row.count)).toEqual(
      [...result.data.map((row) => row.count)].sort((a, b) => Number(b) - Number(a)),
    );
  });

  it("counts a trace under each model it used (traces view) and reads span scores on their span (spans view)", async () => {
    const byModel = await queryMetrics({
      projectId,
      query: query({ view: "traces", measures: ["count"], groupBy: ["model"] }),
    });
    const traces = tracesFromSpans(seeded.rows);
    const usedBy = (model: string) =>
      traces.filter((trace) => seeded.rows.some((row) => row.traceId === trace.traceId && row.model === model)).length;
    expect(byModel.data).toEqual([
      { model: "claude-3-5-sonnet", count: usedBy("claude-3-5-sonnet") },
      { model: "gpt-4o", count: usedBy("gpt-4o") },
    ]);

    const call = seeded.rows.find((row) => row.kind === "LLM" && row.model === "gpt-4o")!;
    await insertScore({
      projectId,
      score: makeNewScore({ name: "call-quality", traceId: call.traceId, spanId: call.spanId, numericValue: 0.25 }),
    });
    await insertScore({
      projectId,
      score: makeNewScore({ name: "call-quality", traceId: call.traceId, spanId: call.spanId, numericValue: 0.75 }),
    });
    const spanScores = await queryMetrics({
      projectId,
      query: query({
        view: "spans",
        measures: ["scoreMean:call-quality", "scoreCount:call-quality"],
        groupBy: ["model"],
        filters: { kind: "LLM" },
      }),
    });
    expect(spanScores.data).toEqual([
      { model: "claude-3-5-sonnet", "scoreMean:call-quality": null, "scoreCount:call-quality": 0 },
      { model: "gpt-4o", "scoreMean:call-quality": 0.5, "scoreCount:call-quality": 2 },
    ]);
  });

  it("answers an unknown measure, an unknown group or a span-only group on traces with the field named", () => {
    const issuesOf = (input: Record<string, unknown>) => {
      const parsed = ZMetricsQuery.safeParse({ ...WINDOW, view: "traces", measures: ["count"], ...input });
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(issuesOf({ measures: ["count", "latencyP42"] })).toEqual(['measures.1: unknown measure "latencyP42"']);
    expect(issuesOf({ groupBy: ["colour"] })).toEqual(['groupBy.0: unknown group "colour"']);
    expect(issuesOf({ groupBy: ["provider"] })).toEqual([
      'groupBy.0: group "provider" is a span fact: use view "spans"',
    ]);
    expect(issuesOf({ groupBy: ["time"], granularity: "minute", from: "2026-01-01T00:00:00Z" })[0]).toMatch(
      /^granularity: minute buckets/,
    );
    expect(issuesOf({ filters: { minCost: "cheap" } })).toEqual(["filters.minCost: must be a non-negative number"]);
  });
});
