import { ZSpan, ZTraceTree } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { getSpan } from "./get-span.ts";
import { getTraceDetail } from "./get-trace-detail.ts";
import { getTraceTree } from "./get-trace-tree.ts";
import { FIXED_HOUR_MS, hexId } from "./trace-rows.fixture.ts";

const SPAN_COUNT = 20_000;
const nanos = (ms: number) => BigInt(ms) * 1_000_000n;

describe("[EXPLORER] trace tree and single span", () => {
  let projectId: string;
  let writer: SpanWriter;
  const traceId = hexId(16);
  const rootId = hexId(8);
  let llmSpanId = "";

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    // A big agent trace: every span carries a ~2 KB payload the tree must not read.
    const payload = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(2_000) }] });
    const rows = Array.from({ length: SPAN_COUNT }, (_, index) =>
      makeSpanRow({
        projectId,
        traceId,
        spanId: index === 0 ? rootId : hexId(8),
        parentSpanId: index === 0 ? null : rootId,
        name: index === 0 ? "agent" : `step-${index}`,
        kind: index % 10 === 1 ? "LLM" : "TOOL",
        model: index % 10 === 1 ? "gpt-4o" : null,
        inputTokens: index % 10 === 1 ? 5 : null,
        // Shuffled start times: the tree must come back in start order whatever the write order.
        startUnixNano: nanos(FIXED_HOUR_MS) + BigInt(((index * 7_919) % SPAN_COUNT) * 1_000),
        endUnixNano: nanos(FIXED_HOUR_MS + 60_000),
        inputJson: payload,
        attributesJson: JSON.stringify({ "app.step": index }),
      }),
    );
    rows[0]!.startUnixNano = nanos(FIXED_HOUR_MS) - 1n;
    llmSpanId = rows[1]!.spanId;
    const startedAt = performance.now();
    for (let offset = 0; offset < rows.length; offset += 2_000) await writer.write(rows.slice(offset, offset + 2_000));
    console.log(
      `[EXPLORER] wrote ${SPAN_COUNT} spans with SpanWriter in ${Math.round(performance.now() - startedAt)} ms`,
    );
  }, 180_000);
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it(`answers a ${SPAN_COUNT.toLocaleString("en")}-span trace's light tree in start order (time printed, not asserted)`, async () => {
    await getTraceTree({ projectId, traceId });
    const timings: number[] = [];
    let tree = null;
    for (let run = 0; run < 3; run += 1) {
      const startedAt = performance.now();
      tree = await getTraceTree({ projectId, traceId });
      timings.push(performance.now() - startedAt);
    }
    const detailStartedAt = performance.now();
    await getTraceDetail({ projectId, traceId });
    const detailMs = performance.now() - detailStartedAt;
    console.log(
      `[EXPLORER] getTraceTree(${SPAN_COUNT} spans): ${timings.map((ms) => `${Math.round(ms)} ms`).join(", ")}; ` +
        `getTraceDetail (payloads included): ${Math.round(detailMs)} ms`,
    );

    const parsed = ZTraceTree.parse(tree);
    expect(parsed.spans).toHaveLength(SPAN_COUNT);
    expect(parsed.trace).toMatchObject({ traceId, spanCount: SPAN_COUNT, rootSpanId: rootId, name: "agent" });
    expect(parsed.spans[0]!.spanId).toBe(rootId);
    const starts = parsed.spans.map((span) => BigInt(span.startTimeUnixNano));
    expect(starts.every((start, index) => index === 0 || starts[index - 1]! <= start)).toBe(true);
    const llm = parsed.spans.find((span) => span.spanId === llmSpanId)!;
    expect(llm).toMatchObject({ kind: "LLM", model: "gpt-4o", inputTokens: 5 });
    expect(llm.durationMs).toBe(Number(BigInt(llm.endTimeUnixNano) - BigInt(llm.startTimeUnixNano)) / 1e6);
  });

  it("answers one span with its full payload, and nothing for another project or trace", async () => {
    const span = ZSpan.parse(await getSpan({ projectId, traceId, spanId: llmSpanId }));
    expect(span).toMatchObject({ spanId: llmSpanId, parentSpanId: rootId, attributes: { "app.step": 1 } });
    expect((span.input as { messages: unknown[] }).messages).toHaveLength(1);
    const other = (await seedProjectWithKey()).project.id;
    expect(await getSpan({ projectId: other, traceId, spanId: llmSpanId })).toBeNull();
    expect(await getSpan({ projectId, traceId: hexId(16), spanId: llmSpanId })).toBeNull();
    expect(await getTraceTree({ projectId: other, traceId })).toBeNull();
  });
});
