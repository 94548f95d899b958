import { ZTraceListQuery } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import { SEARCH_TEXT_MAX_CHARS, searchTextOf } from "../ingest/span-row.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "./list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "./trace-rows.fixture.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };
const nanos = (ms: number) => BigInt(ms) * 1_000_000n;

describe("[EXPLORER] full-text search over input and output", () => {
  let projectId: string;
  let writer: SpanWriter;

  const search = async (term: string) => {
    const page = await listTraces({ projectId, query: ZTraceListQuery.parse({ ...WINDOW, search: term }) });
    return page.data.map((trace) => trace.traceId);
  };

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("finds a trace by any word of its root's input or output, ignoring case, not by JSON keys", async () => {
    const traceId = hexId(16);
    await writer.write(
      traceRows(projectId, {
        traceId,
        startMs: FIXED_HOUR_MS + 1_000,
        input: { messages: [{ role: "user", content: "Where is my PARCEL A-4711?\nThanks" }] },
        output: "Your parcel ships on Monday.",
      }),
    );
    expect(await search("parcel a-4711")).toEqual([traceId]);
    expect(await search("SHIPS ON MONDAY")).toEqual([traceId]);
    expect(await search("my parcel a-4711? thanks")).toEqual([traceId]);
    expect(await search("messages")).toEqual([]);
    expect(await search("content")).toEqual([]);
  });

  it("finds text of child spans, and takes % and _ literally", async () => {
    const traceId = hexId(16);
    const [root, child] = traceRows(projectId, { traceId, startMs: FIXED_HOUR_MS + 2_000 });
    await writer.write([root!, { ...child!, outputJson: JSON.stringify({ answer: "discount of 100% on item_7" }) }]);
    expect(await search("100% on item_7")).toEqual([traceId]);
    expect(await search("100%% on")).toEqual([]);
    expect(await search("item-7")).toEqual([]);
  });

  it("puts a root that arrives after its children first, and keeps the text within the cap", async () => {
    const traceId = hexId(16);
    const rootId = hexId(8);
    const filler = "lorem ipsum ".repeat(1_000);
    const children = Array.from({ length: 3 }, (_, index) =>
      makeSpanRow({
        projectId,
        traceId,
        spanId: hexId(8),
        parentSpanId: rootId,
        startUnixNano: nanos(FIXED_HOUR_MS + 3_000 + index),
        inputJson: JSON.stringify(`child ${index} ${filler}`),
      }),
    );
    await writer.write(children);
    await writer.write([
      makeSpanRow({
        projectId,
        traceId,
        spanId: rootId,
        startUnixNano: nanos(FIXED_HOUR_MS + 3_000),
        inputJson: JSON.stringify("the root question"),
      }),
    ]);
    const stored = await getPool().query<{ search_text: string }>(
      "SELECT search_text FROM trace WHERE project_id = $1 AND trace_id = $2",
      [projectId, traceId],
    );
    const text = stored.rows[0]!.search_text;
    expect(text.startsWith("the root question child 0 lorem ipsum")).toBe(true);
    expect(text.length).toBe(SEARCH_TEXT_MAX_CHARS);
    expect(await search("root question")).toEqual([traceId]);
    // The third child came when the cap was full: not searchable, by design.
    expect(await search("child 2")).toEqual([]);
  });

  it("extracts string values from JSON text, unescaped, and reads plain values as they are", () => {
    const row = (inputJson: string | null, outputJson: string | null) =>
      makeSpanRow({ projectId, traceId: "t", spanId: "s", inputJson, outputJson });
    expect(searchTextOf(row(JSON.stringify({ q: 'say "hi"\tnow', n: 42, nested: ["A", { b: "B" }] }), null))).toBe(
      'say "hi" now a b',
    );
    expect(searchTextOf(row("42", "true"))).toBe("42 true");
    expect(searchTextOf(row(null, JSON.stringify("caf\u00e9 \u00fcber")))).toBe("café über");
    expect(searchTextOf(row(null, null))).toBeNull();
    expect(searchTextOf(row(JSON.stringify("x".repeat(50_000)), null))).toHaveLength(SEARCH_TEXT_MAX_CHARS);
  });
});
