import { randomBytes } from "node:crypto";
import { ZTraceListQuery } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { getSession } from "../sessions/get-session.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "../traces/list-traces.ts";
import { getUser } from "../users/get-user.ts";
import { makeSpanRow, nanosAt } from "./span-row.fixture.ts";
import type { TSpanRow } from "./span-row.ts";
import { SpanWriter } from "./span-writer.ts";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

async function readPreviews(projectId: string, traceId: string) {
  const result = await getPool().query<{ input_preview: string | null; output_preview: string | null }>(
    "SELECT input_preview, output_preview FROM trace WHERE project_id = $1 AND trace_id = $2",
    [projectId, traceId],
  );
  return result.rows[0];
}

/** An AI SDK-like trace: a wrapper root with no text of its own, a tool call, and two model calls. */
function agentTrace(projectId: string, options: { rootInput?: string } = {}): TSpanRow[] {
  const traceId = hex(16);
  const rootId = hex(8);
  const child = (name: string, kind: TSpanRow["kind"], offsetMs: number, text: string) =>
    makeSpanRow({
      projectId,
      traceId,
      spanId: hex(8),
      parentSpanId: rootId,
      name,
      kind,
      startUnixNano: nanosAt(offsetMs),
      endUnixNano: nanosAt(offsetMs + 10),
      inputPreview: `${text} in`,
      outputPreview: `${text} out`,
    });
  return [
    makeSpanRow({
      projectId,
      traceId,
      spanId: rootId,
      name: "ai.generateText",
      kind: "CHAIN",
      startUnixNano: nanosAt(0),
      endUnixNano: nanosAt(100),
      inputPreview: options.rootInput ?? null,
    }),
    child("tool", "TOOL", 5, "tool"),
    child("ai.generateText.doGenerate", "LLM", 20, "first call"),
    child("ai.generateText.doGenerate", "LLM", 60, "second call"),
  ];
}

describe("[INGEST] trace rollup", () => {
  let projectId: string;
  let writer: SpanWriter;

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("previews the first model call when the root has no text, whatever order the spans arrive in", async () => {
    const [root, tool, first, second] = agentTrace(projectId);
    const orders = [
      [[root!, tool!, first!, second!]],
      [[second!], [tool!], [root!], [first!]],
      [[root!], [second!, tool!], [first!]],
      [[first!], [second!], [tool!], [root!]],
    ];
    for (const batches of orders) {
      const traceId = hex(16);
      for (const batch of batches) await writer.write(batch.map((row) => ({ ...row, traceId })));
      expect(await readPreviews(projectId, traceId)).toEqual({
        input_preview: "first call in",
        output_preview: "first call out",
      });
    }
  });

  it("previews the root's own text when it has some, even when it arrives last", async () => {
    const [root, ...children] = agentTrace(projectId, { rootInput: "the question" });
    await writer.write(children);
    await writer.write([root!]);
    // The root has input but no output: the output still comes from the first model call.
    expect(await readPreviews(projectId, root!.traceId)).toEqual({
      input_preview: "the question",
      output_preview: "first call out",
    });
  });

  it("reports an unknown cost (null) for traces, sessions and users whose model calls have no price", async () => {
    const unpriced = agentTrace(projectId).map((row) => ({
      ...row,
      userId: "unpriced-user",
      sessionId: "unpriced-session",
      ...(row.kind === "LLM" ? { model: "in-house-model", inputTokens: 12, outputTokens: 3 } : {}),
    }));
    const freeOfCharge = agentTrace(projectId).map((row) => ({
      ...row,
      userId: "free-user",
      ...(row.kind === "LLM" ? { model: "free-model", inputTokens: 1, costUsd: 0, costSource: "price" as const } : {}),
    }));
    await writer.write([...unpriced, ...freeOfCharge]);

    const page = await listTraces({
      projectId,
      query: ZTraceListQuery.parse({ from: "2025-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z" }),
    });
    const costOf = (traceId: string) => page.data.find((trace) => trace.traceId === traceId)?.costUsd;
    expect(costOf(unpriced[0]!.traceId)).toBeNull();
    expect(costOf(freeOfCharge[0]!.traceId)).toBe(0);

    expect((await getSession({ projectId, sessionId: "unpriced-session" }))?.costUsd).toBeNull();
    const firstPage = { limit: 50 };
    expect((await getUser({ projectId, userId: "unpriced-user", query: firstPage }))?.costUsd).toBeNull();
    expect((await getUser({ projectId, userId: "free-user", query: firstPage }))?.costUsd).toBe(0);
  });
});
