import { ZTraceListQuery } from "@spanlight/core";
import type { TTraceListQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "./list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "./trace-rows.fixture.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };

describe("[EXPLORER] trace list: release and metadata filters", () => {
  let projectId: string;
  let writer: SpanWriter;
  const ids = { v1Beta: hexId(16), v2Beta: hexId(16), v2Plain: hexId(16) };

  const listIds = async (input: TTraceListQueryInput) => {
    const page = await listTraces({ projectId, query: ZTraceListQuery.parse({ ...WINDOW, ...input }) });
    return page.data.map((trace) => trace.traceId).sort();
  };

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const specs = [
      { traceId: ids.v1Beta, release: "1.0.0", metadata: { tier: "beta", retries: 2 } },
      { traceId: ids.v2Beta, release: "2.0.0", metadata: { tier: "beta" } },
      { traceId: ids.v2Plain, release: "2.0.0", metadata: null },
    ];
    for (const [index, spec] of specs.entries()) {
      const rows = traceRows(projectId, { traceId: spec.traceId, startMs: FIXED_HOUR_MS + index * 1_000 });
      rows[0]!.release = spec.release;
      // Metadata sits on the child span: the filter looks at every span of the trace.
      rows[1]!.metadataJson = spec.metadata ? JSON.stringify(spec.metadata) : null;
      await writer.write(rows);
    }
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("narrows to one release", async () => {
    expect(await listIds({ release: "2.0.0" })).toEqual([ids.v2Beta, ids.v2Plain].sort());
    expect(await listIds({ release: "3.0.0" })).toEqual([]);
  });

  it("narrows to traces with a span carrying a metadata key, or that key with a value", async () => {
    expect(await listIds({ metadataKey: "tier" })).toEqual([ids.v1Beta, ids.v2Beta].sort());
    expect(await listIds({ metadataKey: "tier", metadataValue: "beta", release: "1.0.0" })).toEqual([ids.v1Beta]);
    expect(await listIds({ metadataKey: "retries", metadataValue: "2" })).toEqual([ids.v1Beta]);
    expect(await listIds({ metadataKey: "tier", metadataValue: "ga" })).toEqual([]);
  });

  it("refuses a metadata value without its key", () => {
    expect(ZTraceListQuery.safeParse({ metadataValue: "beta" }).success).toBe(false);
  });
});
