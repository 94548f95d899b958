import { ZTraceListPage, ZTraceListQuery } from "@spanlight/core";
import type { TTraceListQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "./list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "./trace-rows.fixture.ts";
import type { TTraceSpec } from "./trace-rows.fixture.ts";

const MINUTE = 60_000;
const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 60 * MINUTE) };

describe("[EXPLORER] list traces", () => {
  let projectId: string;
  let writer: SpanWriter;
  const ids: Record<string, string> = {};

  async function write(label: string, spec: Omit<TTraceSpec, "traceId">): Promise<string> {
    const traceId = hexId(16);
    ids[label] = traceId;
    await writer.write(traceRows(projectId, { ...spec, traceId }));
    return traceId;
  }

  async function list(input: TTraceListQueryInput, project = projectId) {
    const page = await listTraces({ projectId: project, query: ZTraceListQuery.parse({ ...WINDOW, ...input }) });
    return ZTraceListPage.parse(page);
  }

  const labelsOf = (page: { data: { traceId: string }[] }) =>
    page.data.map((trace) => Object.keys(ids).find((label) => ids[label] === trace.traceId) ?? trace.traceId);

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const at = (minutes: number) => FIXED_HOUR_MS + minutes * MINUTE;
    await write("checkout", {
      startMs: at(1),
      name: "Checkout-Flow",
      userId: "alice",
      sessionId: "s-1",
      tags: ["prod", "eu"],
      environment: "production",
      durationMs: 900,
      costUsd: 0.05,
      tokens: 500,
    });
    await write("search", {
      startMs: at(2),
      name: "search-docs",
      userId: "bob",
      tags: ["prod"],
      environment: "staging",
      childKinds: ["RETRIEVER", "LLM"],
      model: "claude-3-5-sonnet",
      durationMs: 300,
      costUsd: 0.01,
      tokens: 120,
    });
    await write("failing", {
      startMs: at(3),
      name: "checkout-retry",
      userId: "alice",
      sessionId: "s-1",
      isError: true,
      durationMs: 2_500,
      costUsd: 0.2,
      tokens: 2_000,
    });
    await write("agent", {
      startMs: at(4),
      name: "agent-run",
      childKinds: ["AGENT", "TOOL", "LLM"],
      model: "gpt-4o",
      durationMs: 50,
      costUsd: 0,
      tokens: 0,
    });
    await write("outside", { startMs: at(90), name: "checkout-late" });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("lists the window's traces newest first, and nothing outside the window or of another project", async () => {
    expect(labelsOf(await list({}))).toEqual(["agent", "failing", "search", "checkout"]);
    const other = (await seedProjectWithKey()).project.id;
    expect((await list({}, other)).data).toEqual([]);
  });

  it("defaults to the last 24 hours", async () => {
    const recent = await write("recent", { startMs: Date.now() - 60 * MINUTE });
    await write("yesterday", { startMs: Date.now() - 25 * 60 * MINUTE });
    const page = ZTraceListPage.parse(await listTraces({ projectId, query: ZTraceListQuery.parse({}) }));
    expect(page.data.map((trace) => trace.traceId)).toEqual([recent]);
  });

  it.each<[string, TTraceListQueryInput, string[]]>([
    ["name contains, case-insensitive", { name: "CHECKOUT" }, ["failing", "checkout"]],
    ["name wildcards are literal", { name: "check%" }, []],
    ["userId", { userId: "alice" }, ["failing", "checkout"]],
    ["sessionId", { sessionId: "s-1" }, ["failing", "checkout"]],
    ["tags: all must be present", { tags: "prod,eu" }, ["checkout"]],
    ["tags: one", { tags: "prod" }, ["search", "checkout"]],
    ["environment", { environment: "staging" }, ["search"]],
    ["model: any of", { model: "gpt-4o,claude-3-5-sonnet" }, ["agent", "search"]],
    ["kind: each present", { kind: "TOOL,AGENT" }, ["agent"]],
    ["kind: one", { kind: "RETRIEVER" }, ["search"]],
    ["status error", { status: "error" }, ["failing"]],
    ["status ok", { status: "ok" }, ["agent", "search", "checkout"]],
    ["min latency", { minLatencyMs: "900" }, ["failing", "checkout"]],
    ["max latency", { maxLatencyMs: "300" }, ["agent", "search"]],
    ["min cost", { minCost: "0.05" }, ["failing", "checkout"]],
    ["max cost", { maxCost: "0.01" }, ["agent", "search"]],
    ["min tokens", { minTokens: "500" }, ["failing", "checkout"]],
    ["max tokens", { maxTokens: "120" }, ["agent", "search"]],
    ["filters combine", { userId: "alice", status: "ok" }, ["checkout"]],
    ["blank params are ignored", { name: "", minCost: "", tags: "" }, ["agent", "failing", "search", "checkout"]],
  ])("filters by %s", async (_label, input, expected) => {
    expect(labelsOf(await list(input))).toEqual(expected);
  });

  it.each<[TTraceListQueryInput, string[]]>([
    [{ sort: "startTime", order: "asc" }, ["checkout", "search", "failing", "agent"]],
    [{ sort: "latency" }, ["failing", "checkout", "search", "agent"]],
    [{ sort: "latency", order: "asc" }, ["agent", "search", "checkout", "failing"]],
    [{ sort: "cost" }, ["failing", "checkout", "search", "agent"]],
    [{ sort: "tokens", order: "asc" }, ["agent", "search", "checkout", "failing"]],
  ])("sorts by %j", async (input, expected) => {
    expect(labelsOf(await list(input))).toEqual(expected);
  });

  it("answers the rollup in the summary shape", async () => {
    const [trace] = (await list({ name: "search-docs" })).data;
    expect(trace).toMatchObject({
      name: "search-docs",
      userId: "bob",
      tags: ["prod"],
      environment: "staging",
      models: ["claude-3-5-sonnet"],
      kinds: ["LLM", "RETRIEVER", "SPAN"],
      spanCount: 3,
      totalTokens: 120,
      costUsd: 0.01,
      durationMs: 300,
    });
  });

  it("refuses a cursor of another sort, a forged cursor, and inverted ranges", async () => {
    const first = await list({ limit: "1" });
    await expect(list({ limit: "1", cursor: first.nextCursor!, sort: "cost" })).rejects.toMatchObject({ status: 400 });
    await expect(list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ status: 400 });
    expect(ZTraceListQuery.safeParse({ minCost: "2", maxCost: "1" }).success).toBe(false);
    expect(ZTraceListQuery.safeParse({ from: WINDOW.to, to: WINDOW.from }).success).toBe(false);
    expect(ZTraceListQuery.safeParse({ limit: "201" }).success).toBe(false);
  });
});
