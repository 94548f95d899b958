import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraceFacets } from "./list-trace-facets.ts";
import { FIXED_HOUR_MS, isoAt, traceRows } from "./trace-rows.fixture.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };

describe("[EXPLORER] trace-list filter suggestions", () => {
  let projectId: string;
  let writer: SpanWriter;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const specs = [
      { userId: "alice@example.com", tags: ["prod", "beta"], environment: "production", model: "gpt-4o" },
      { userId: "alice@example.com", tags: ["prod"], environment: "production", model: "gpt-4o-mini" },
      { userId: "ユーザー", tags: ["prod"], environment: "staging", model: "gpt-4o-mini", sessionId: "séance-日本" },
    ];
    for (const [index, spec] of specs.entries())
      await writer.write(traceRows(projectId, { ...spec, name: "checkout", startMs: FIXED_HOUR_MS + index * 1_000 }));
    // Outside the window: never counted.
    await writer.write(traceRows(projectId, { userId: "bob", startMs: FIXED_HOUR_MS - 60_000 }));
    await writer.drain();
  });
  afterAll(async () => {
    await closeDb();
  });

  it("counts each value's traces in the window, most frequent first, arrays unnested", async () => {
    const answer = await listTraceFacets({ projectId, query: WINDOW });
    expect(answer.traces).toBe(3);
    expect(answer.isSampled).toBe(false);
    expect(answer.facets.userId).toEqual([
      { value: "alice@example.com", count: 2 },
      { value: "ユーザー", count: 1 },
    ]);
    expect(answer.facets.tags).toEqual([
      { value: "prod", count: 3 },
      { value: "beta", count: 1 },
    ]);
    expect(answer.facets.model).toEqual([
      { value: "gpt-4o-mini", count: 2 },
      { value: "gpt-4o", count: 1 },
    ]);
    expect(answer.facets.environment).toEqual([
      { value: "production", count: 2 },
      { value: "staging", count: 1 },
    ]);
    expect(answer.facets.sessionId).toEqual([{ value: "séance-日本", count: 1 }]);
    expect(answer.facets.name).toEqual([{ value: "checkout", count: 3 }]);
    expect(answer.facets.release).toEqual([]);
  });

  it("answers empty lists for another project", async () => {
    const other = (await seedProjectWithKey()).project.id;
    const answer = await listTraceFacets({ projectId: other, query: WINDOW });
    expect(answer.traces).toBe(0);
    expect(answer.facets.userId).toEqual([]);
  });
});
