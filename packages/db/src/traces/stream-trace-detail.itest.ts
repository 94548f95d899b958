import { ZTraceDetail } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { getTraceDetail } from "./get-trace-detail.ts";
import { streamTraceDetail } from "./stream-trace-detail.ts";
import { FIXED_HOUR_MS, hexId } from "./trace-rows.fixture.ts";

// More spans than one cursor read (500), so the answer is stitched from several chunks.
const SPAN_COUNT = 1_234;
const nanos = (ms: number) => BigInt(ms) * 1_000_000n;

async function readAll(stream: ReadableStream<string>): Promise<{ text: string; chunks: number }> {
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    text += read.value;
    chunks += 1;
  }
  return { text, chunks };
}

describe("[EXPLORER] streamed trace detail", () => {
  let projectId: string;
  let writer: SpanWriter;
  const traceId = hexId(16);
  const rootId = hexId(8);

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const rows = Array.from({ length: SPAN_COUNT }, (_, index) =>
      makeSpanRow({
        projectId,
        traceId,
        spanId: index === 0 ? rootId : hexId(8),
        parentSpanId: index === 0 ? null : rootId,
        name: index === 0 ? "agent" : `step-${index}`,
        kind: index % 3 === 1 ? "LLM" : "TOOL",
        model: index % 3 === 1 ? "gpt-4o" : null,
        inputTokens: index % 3 === 1 ? index : null,
        costUsd: index % 3 === 1 ? index * 1.1e-7 : null,
        statusCode: index === 7 ? "ERROR" : "OK",
        statusMessage: index === 7 ? 'tool failed: "quota"\n' : null,
        startUnixNano: nanos(FIXED_HOUR_MS) + BigInt(((index * 7_919) % SPAN_COUNT) * 1_000) + 1n,
        endUnixNano: nanos(FIXED_HOUR_MS + 60_000),
        inputMessagesJson: JSON.stringify([{ role: "user", content: `Cześć 你好 привет ${index} "quoted" \\ tab\t` }]),
        outputJson: index % 2 ? JSON.stringify({ answer: index, nested: { list: [1.5, null, true, "x"] } }) : null,
        metadataJson: JSON.stringify({ tier: "gold", n: 12345678901234 }),
        attributesJson: JSON.stringify({ "app.step": index, "app.ratio": 0.1 + index / 7 }),
        eventsJson: index === 7 ? JSON.stringify([{ name: "exception", timeUnixNano: "1", attributes: {} }]) : null,
      }),
    );
    rows[0]!.startUnixNano = nanos(FIXED_HOUR_MS);
    await writer.write(rows);
  }, 120_000);
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("streams exactly the JSON of the non-streamed detail, in chunks, accepted by the strict contract", async () => {
    const stream = await streamTraceDetail({ projectId, traceId });
    const { text, chunks } = await readAll(stream!);
    const streamed: unknown = JSON.parse(text);
    const whole = await getTraceDetail({ projectId, traceId });
    expect(chunks).toBeGreaterThan(3);
    expect(streamed).toEqual(JSON.parse(JSON.stringify(whole)));
    const parsed = ZTraceDetail.parse(streamed);
    expect(parsed.spans).toHaveLength(SPAN_COUNT);
    expect(parsed.spans[0]!.spanId).toBe(rootId);
    const starts = parsed.spans.map((span) => BigInt(span.startTimeUnixNano));
    expect(starts.every((start, index) => index === 0 || starts[index - 1]! <= start)).toBe(true);
  });

  it("is null for another project's trace or an unknown id", async () => {
    const other = (await seedProjectWithKey()).project.id;
    expect(await streamTraceDetail({ projectId: other, traceId })).toBeNull();
    expect(await streamTraceDetail({ projectId, traceId: hexId(16) })).toBeNull();
  });

  it("gives its connection back when the reader goes away mid-answer", async () => {
    const pool = getPool();
    const stream = await streamTraceDetail({ projectId, traceId });
    const reader = stream!.getReader();
    await reader.read();
    await reader.read();
    expect(pool.totalCount - pool.idleCount).toBe(1);
    await reader.cancel();
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });
});
