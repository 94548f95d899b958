import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { storeOptimizationSpans } from "../optimization-runs/store-optimization-spans.ts";
import { deleteTraces } from "./delete-traces.ts";
import { FIXED_HOUR_MS, hexId, traceRows } from "./trace-rows.fixture.ts";

async function addScore(projectId: string, traceId: string) {
  await getPool().query(
    `INSERT INTO score (project_id, id, trace_id, name, data_type, numeric_value, source)
     VALUES ($1, $2, $3, 'helpfulness', 'NUMERIC', 1, 'API')`,
    [projectId, hexId(8), traceId],
  );
}

async function addOptimizationSpan(projectId: string, traceId: string) {
  await storeOptimizationSpans({
    projectId,
    spans: [
      {
        runId: "run-1",
        traceId,
        spanId: hexId(8),
        parentSpanId: null,
        role: "trial",
        name: "trial 1",
        startUnixNano: BigInt(FIXED_HOUR_MS) * 1_000_000n,
        endUnixNano: BigInt(FIXED_HOUR_MS + 5) * 1_000_000n,
        isError: false,
        attributes: { "optimization.run.id": "run-1" },
      },
    ],
  });
}

async function countRows(projectId: string, traceIds: string[]) {
  const count = async (table: "trace" | "span" | "score" | "optimization_span") => {
    const result = await getPool().query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${table} WHERE project_id = $1 AND trace_id = ANY($2)`,
      [projectId, traceIds],
    );
    return result.rows[0]!.count;
  };
  return {
    traces: await count("trace"),
    spans: await count("span"),
    scores: await count("score"),
    optimizationSpans: await count("optimization_span"),
  };
}

describe("[EXPLORER] deleting traces", () => {
  let projectId: string;
  let otherProjectId: string;
  let writer: SpanWriter;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    otherProjectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("removes the traces with all their spans and scores, and only those of the given project", async () => {
    const [kept, gone1, gone2] = [hexId(16), hexId(16), hexId(16)];
    for (const traceId of [kept, gone1, gone2]) {
      await writer.write(traceRows(projectId, { traceId, startMs: FIXED_HOUR_MS, childKinds: ["LLM", "TOOL"] }));
    }
    // The same trace id in another project is that project's trace, untouched.
    await writer.write(traceRows(otherProjectId, { traceId: gone1, startMs: FIXED_HOUR_MS }));
    for (const traceId of [kept, gone1]) await addScore(projectId, traceId);
    await addScore(otherProjectId, gone1);
    for (const traceId of [kept, gone2]) await addOptimizationSpan(projectId, traceId);

    const deleted = await deleteTraces({ projectId, traceIds: [gone1, gone2, hexId(16)] });
    expect(deleted).toEqual([gone1, gone2].sort());
    expect(await countRows(projectId, [gone1, gone2])).toEqual({
      traces: 0,
      spans: 0,
      scores: 0,
      optimizationSpans: 0,
    });
    expect(await countRows(projectId, [kept])).toEqual({ traces: 1, spans: 3, scores: 1, optimizationSpans: 1 });
    expect(await countRows(otherProjectId, [gone1])).toEqual({ traces: 1, spans: 2, scores: 1, optimizationSpans: 0 });
    expect(await deleteTraces({ projectId, traceIds: [gone1] })).toEqual([]);
  });

  it("lets a deleted trace be sent again, counted from scratch", async () => {
    const traceId = hexId(16);
    const rows = traceRows(projectId, { traceId, startMs: FIXED_HOUR_MS, tokens: 10 });
    await writer.write(rows);
    await deleteTraces({ projectId, traceIds: [traceId] });
    expect(await writer.write(rows)).toEqual({ insertedSpans: 2, duplicateSpans: 0 });
    expect(await countRows(projectId, [traceId])).toEqual({ traces: 1, spans: 2, scores: 0, optimizationSpans: 0 });
  });
});
