import { ZTraceListPage, ZTraceListQuery } from "@spanlight/core";
import type { TTraceListQueryInput, TTraceListPage } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "./list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "./trace-rows.fixture.ts";

const SECOND = 1_000;

describe("[EXPLORER] trace list keyset pagination", () => {
  let writer: SpanWriter;

  beforeAll(() => {
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  /** Pages through the list, calling `between` after every page; returns every page's trace ids. */
  async function pageThrough(options: {
    projectId: string;
    input: TTraceListQueryInput;
    between: (page: number) => Promise<void>;
  }) {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page: TTraceListPage = ZTraceListPage.parse(
        await listTraces({ projectId: options.projectId, query: ZTraceListQuery.parse({ ...options.input, cursor }) }),
      );
      pages.push(page.data.map((trace) => trace.traceId));
      cursor = page.nextCursor ?? undefined;
      await options.between(pages.length);
    } while (cursor && pages.length < 50);
    return pages;
  }

  async function seedTraces(
    projectId: string,
    startMs: (index: number) => number,
    count: number,
    extra: (index: number) => object = () => ({}),
  ) {
    const traceIds = Array.from({ length: count }, () => hexId(16));
    await writer.write(
      traceIds.flatMap((traceId, index) => traceRows(projectId, { traceId, startMs: startMs(index), ...extra(index) })),
    );
    return traceIds;
  }

  it.each<[string, TTraceListQueryInput]>([
    ["start time, newest first", { sort: "startTime", order: "desc" }],
    ["start time, oldest first", { sort: "startTime", order: "asc" }],
    ["latency, with ties", { sort: "latency", order: "desc" }],
    ["cost, cheapest first, with ties", { sort: "cost", order: "asc" }],
    ["tokens, with ties", { sort: "tokens", order: "desc" }],
  ])("by %s: every old trace once, none twice, while traces arrive between pages", async (_label, input) => {
    const projectId = (await seedProjectWithKey()).project.id;
    const window = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600 * SECOND) };
    // Several traces share a start time, a latency, a cost and a token count, so ties need the id.
    const old = await seedTraces(
      projectId,
      (index) => FIXED_HOUR_MS + Math.floor(index / 3) * SECOND,
      23,
      (index) => ({
        durationMs: 100 + (index % 4) * 50,
        costUsd: (index % 5) * 0.01,
        tokens: (index % 3) * 100,
      }),
    );
    let arrivals = 0;
    const pages = await pageThrough({
      projectId,
      input: { ...window, ...input, limit: "5" },
      between: async () => {
        // New traces land everywhere: before, among and after the rows already paged through.
        arrivals += 1;
        await seedTraces(
          projectId,
          (index) => FIXED_HOUR_MS + (index * 7 + arrivals) * SECOND,
          3,
          (index) => ({
            durationMs: 100 + index * 50,
            costUsd: index * 0.01,
            tokens: index * 100,
          }),
        );
      },
    });
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(old.filter((traceId) => !seen.includes(traceId))).toEqual([]);
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it("keeps the first page's window: traces arriving after it do not join later pages", async () => {
    const projectId = (await seedProjectWithKey()).project.id;
    const now = Date.now();
    const old = await seedTraces(projectId, (index) => now - (index + 1) * 60 * SECOND, 12);
    const pages = await pageThrough({
      projectId,
      // Oldest first, so anything newer that slipped into the window would show on the last pages.
      input: { limit: "4", order: "asc" },
      between: async () => {
        await seedTraces(projectId, () => Date.now(), 2);
      },
    });
    expect(pages.flat()).toEqual([...old].reverse());
  });
});
