import { ZTraceListQuery } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import { searchBodyOf } from "../ingest/search-body.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { listTraces } from "./list-traces.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "./trace-rows.fixture.ts";

const WINDOW = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 3_600_000) };

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

  it("finds a term deep inside a child's long output, in any case and script; an absent term finds nothing", async () => {
    const traceId = hexId(16);
    const [root, child] = traceRows(projectId, {
      traceId,
      startMs: FIXED_HOUR_MS + 3_000,
      input: "summarise the report",
    });
    const filler = "lorem ipsum dolor sit amet ".repeat(600);
    const answer =
      `${filler.slice(0, 15_000)} Zażółć GĘŚLĄ jaźń; Wniosek KOŃCOWY: ZWROT środków. ` +
      `${filler} 退款申请已经批准，请查收邮件。 Возврат ОДОБРЕН. Needle-Term-XYZ ${filler}`;
    expect(answer.indexOf("Zażółć")).toBe(15_001);
    await writer.write([
      root!,
      { ...child!, outputMessagesJson: JSON.stringify([{ role: "assistant", content: answer }]) },
    ]);
    expect(await search("zażółć gęślą JAŹŃ")).toEqual([traceId]);
    expect(await search("wniosek końcowy")).toEqual([traceId]);
    expect(await search("ZWROT ŚRODKÓW")).toEqual([traceId]);
    expect(await search("申请已经批准")).toEqual([traceId]);
    expect(await search("退款")).toEqual([traceId]);
    expect(await search("возврат одобрен")).toEqual([traceId]);
    expect(await search("needle-term-xyz")).toEqual([traceId]);
    expect(await search("needle-term-xyw")).toEqual([]);
    expect(await search("拒绝")).toEqual([]);
  });

  it("finds a trace by its name, its id, a span's name and a metadata value", async () => {
    const traceId = hexId(16);
    const [root, child] = traceRows(projectId, { traceId, startMs: FIXED_HOUR_MS + 4_000, name: "Checkout-Flow" });
    await writer.write([
      { ...root!, traceName: "Nightly Billing Run" },
      { ...child!, name: "Fetch-Invoice", metadataJson: JSON.stringify({ customer: "ACME Sp. z o.o.", tier: 3 }) },
    ]);
    expect(await search("nightly billing")).toEqual([traceId]);
    expect(await search("checkout-flow")).toEqual([traceId]);
    expect(await search(traceId.toUpperCase())).toEqual([traceId]);
    expect(await search("fetch-invoice")).toEqual([traceId]);
    expect(await search("acme sp. z o.o.")).toEqual([traceId]);
    expect(await search("customer")).toEqual([]);
  });

  it("stores each span's body once, whole, and a retried batch adds no second copy", async () => {
    const traceId = hexId(16);
    const rows = traceRows(projectId, { traceId, startMs: FIXED_HOUR_MS + 5_000, output: "x".repeat(50_000) });
    await writer.write(rows);
    await writer.write(rows);
    const stored = await getPool().query<{ spans: number; longest: number }>(
      "SELECT count(*)::int AS spans, max(length(body))::int AS longest FROM span_search WHERE project_id = $1 AND trace_id = $2",
      [projectId, traceId],
    );
    expect(stored.rows[0]).toEqual({ spans: rows.length, longest: expect.any(Number) });
    expect(stored.rows[0]!.longest).toBeGreaterThan(50_000);
  });

  it("finds a rare term through the trigram index when walking the newest traces does not fill the page", async () => {
    const hourMs = FIXED_HOUR_MS + 10 * 3_600_000;
    const traceIds: string[] = [];
    const rows = Array.from({ length: 1_050 }, (_, index) => {
      const traceId = hexId(16);
      traceIds.push(traceId);
      const output = index === 3 ? "the only Quokka-Xylophone here" : `ordinary answer ${index}`;
      return traceRows(projectId, { traceId, startMs: hourMs + index * 1_000, output, childKinds: [] });
    });
    for (let offset = 0; offset < rows.length; offset += 500)
      await writer.write(rows.slice(offset, offset + 500).flat());
    const window = { from: isoAt(hourMs), to: isoAt(hourMs + 3_600_000) };
    const searchIn = async (term: string) => {
      const page = await listTraces({ projectId, query: ZTraceListQuery.parse({ ...window, search: term }) });
      return page.data.map((trace) => trace.traceId);
    };
    // The oldest traces come last in the walk's newest-first order: past the first 1,000 of them.
    expect(await searchIn("quokka-xylophone")).toEqual([traceIds[3]]);
    expect(await searchIn("quokka-xylophonf")).toEqual([]);
    const common = await listTraces({
      projectId,
      query: ZTraceListQuery.parse({ ...window, search: "ordinary answer" }),
    });
    expect(common.data).toHaveLength(50);
    expect(common.data[0]!.traceId).toBe(traceIds.at(-1));
  }, 60_000);

  it("finds a term in an older trace behind a huge newer one (the walk stops at its span bound)", async () => {
    const hourMs = FIXED_HOUR_MS + 12 * 3_600_000;
    const older = hexId(16);
    await writer.write(
      traceRows(projectId, { traceId: older, startMs: hourMs, output: "Behind-The-Giant", childKinds: [] }),
    );
    const huge = hexId(16);
    const hugeRows = traceRows(projectId, {
      traceId: huge,
      startMs: hourMs + 60_000,
      childKinds: Array(3_500).fill("TOOL"),
    });
    for (let offset = 0; offset < hugeRows.length; offset += 1_000)
      await writer.write(hugeRows.slice(offset, offset + 1_000));
    const page = await listTraces({
      projectId,
      query: ZTraceListQuery.parse({ from: isoAt(hourMs), to: isoAt(hourMs + 3_600_000), search: "behind-the-giant" }),
    });
    expect(page.data.map((trace) => trace.traceId)).toEqual([older]);
  }, 60_000);

  it("extracts string values from JSON text, unescaped, and reads plain values as they are", () => {
    const row = (inputJson: string | null, outputJson: string | null) =>
      makeSpanRow({ projectId, traceId: "T1", spanId: "S1", name: "Step", inputJson, outputJson });
    expect(searchBodyOf(row(JSON.stringify({ q: 'say "hi"\tnow', n: 42, nested: ["A", { b: "B" }] }), null))).toBe(
      't1 s1 step say "hi" now a b',
    );
    expect(searchBodyOf(row("42", "true"))).toBe("t1 s1 step 42 true");
    expect(searchBodyOf(row(null, JSON.stringify("CAF\u00c9 \u00fcber")))).toBe("t1 s1 step café über");
    expect(searchBodyOf(row(null, null))).toBe("t1 s1 step");
  });
});
