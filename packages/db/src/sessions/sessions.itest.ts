import { ZSessionDetail, ZSessionListPage, ZSessionListQuery } from "@spanlight/core";
import type { TSessionListQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "../traces/trace-rows.fixture.ts";
import { getSession } from "./get-session.ts";
import { listSessions } from "./list-sessions.ts";

const MINUTE = 60_000;
const at = (minutes: number) => FIXED_HOUR_MS + minutes * MINUTE;
const WINDOW = { from: isoAt(at(0)), to: isoAt(at(60)) };

describe("[EXPLORER] sessions", () => {
  let projectId: string;
  let writer: SpanWriter;
  const chatTraces: string[] = [];

  const list = async (input: TSessionListQueryInput) =>
    ZSessionListPage.parse(await listSessions({ projectId, query: ZSessionListQuery.parse({ ...WINDOW, ...input }) }));

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    // "chat-1": three turns of alice, one failing; the answers are chat messages on the root.
    for (const [index, minute] of [10, 12, 15].entries()) {
      const traceId = hexId(16);
      chatTraces.push(traceId);
      const rows = traceRows(projectId, {
        traceId,
        startMs: at(minute),
        durationMs: 30_000,
        sessionId: "chat-1",
        userId: "alice",
        tokens: 100,
        costUsd: 0.01,
        isError: index === 1,
      });
      rows[0]!.inputMessagesJson = JSON.stringify([
        { role: "system", content: "Be brief." },
        { role: "user", content: `question ${index}` },
        { role: "assistant", content: "earlier answer" },
        { role: "user", content: `follow-up ${index}` },
      ]);
      rows[0]!.outputMessagesJson = JSON.stringify([{ role: "assistant", content: `answer ${index}` }]);
      await writer.write(rows);
    }
    // "chat-2": one trace of bob and one of carol, with plain string input/output on the root.
    await writer.write(
      traceRows(projectId, {
        startMs: at(20),
        sessionId: "chat-2",
        userId: "bob",
        tokens: 1_000,
        costUsd: 0.5,
        input: "hello",
        output: "hi",
      }),
    );
    await writer.write(
      traceRows(projectId, { startMs: at(21), sessionId: "chat-2", userId: "carol", tokens: 10, costUsd: 0 }),
    );
    // "batch-7": no user; one trace inside the window and one long before it.
    await writer.write(traceRows(projectId, { startMs: at(5), sessionId: "batch-7", tokens: 1, costUsd: 0.02 }));
    await writer.write(traceRows(projectId, { startMs: at(-600), sessionId: "batch-7", tokens: 1, costUsd: 0.02 }));
    await writer.write(traceRows(projectId, { startMs: at(30) }));
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("rolls up the window's traces per session, last active first", async () => {
    const page = await list({});
    expect(page.data.map((session) => session.sessionId)).toEqual(["chat-2", "chat-1", "batch-7"]);
    expect(page.data.find((session) => session.sessionId === "chat-1")).toEqual({
      sessionId: "chat-1",
      traceCount: 3,
      firstTraceAt: "2026-03-01T10:10:00.000000Z",
      lastTraceAt: "2026-03-01T10:15:00.000000Z",
      durationMs: 5.5 * MINUTE,
      totalTokens: 300,
      costUsd: expect.closeTo(0.03, 9),
      errorCount: 1,
      userIds: ["alice"],
    });
    expect(page.data.find((session) => session.sessionId === "chat-2")?.userIds).toEqual(["bob", "carol"]);
    // Only the window's trace counts in the list.
    expect(page.data.find((session) => session.sessionId === "batch-7")).toMatchObject({ traceCount: 1, userIds: [] });
  });

  it.each<[TSessionListQueryInput, string[]]>([
    [{ sort: "firstTraceAt", order: "asc" }, ["batch-7", "chat-1", "chat-2"]],
    [{ sort: "traceCount" }, ["chat-1", "chat-2", "batch-7"]],
    [{ sort: "cost" }, ["chat-2", "chat-1", "batch-7"]],
    [{ sort: "tokens", order: "asc" }, ["batch-7", "chat-1", "chat-2"]],
    [{ userId: "carol" }, ["chat-2"]],
    [{ search: "CHAT" }, ["chat-2", "chat-1"]],
  ])("sorts and filters: %j", async (input, expected) => {
    expect((await list(input)).data.map((session) => session.sessionId)).toEqual(expected);
  });

  it("pages with a cursor, each session once", async () => {
    const first = await list({ limit: "2", sort: "traceCount" });
    expect(first.data.map((session) => session.sessionId)).toEqual(["chat-1", "chat-2"]);
    const second = await list({ limit: "2", sort: "traceCount", cursor: first.nextCursor! });
    expect(second.data.map((session) => session.sessionId)).toEqual(["batch-7"]);
    expect(second.nextCursor).toBeNull();
  });

  it("details a session over all its traces, in start order, as a conversation", async () => {
    const detail = ZSessionDetail.parse(await getSession({ projectId, sessionId: "chat-1" }));
    expect(detail.traces.map((trace) => trace.traceId)).toEqual(chatTraces);
    expect(detail.turns).toEqual(
      chatTraces.map((traceId, index) => ({
        traceId,
        startTime: detail.traces[index]!.startTime,
        input: `follow-up ${index}`,
        output: `answer ${index}`,
        // The second turn's model call failed; its root did not, so the turn is not a failed one.
        failedSpan:
          index === 1 ? { spanId: expect.any(String), name: "llm-0", statusMessage: null, isRoot: false } : null,
      })),
    );
    expect(detail).toMatchObject({ traceCount: 3, errorCount: 1, hasMoreTraces: false });

    const plain = ZSessionDetail.parse(await getSession({ projectId, sessionId: "chat-2" }));
    expect(plain.turns[0]).toMatchObject({ input: "hello", output: "hi" });
    expect(plain.turns[1]).toMatchObject({ input: null, output: null });

    const batch = ZSessionDetail.parse(await getSession({ projectId, sessionId: "batch-7" }));
    expect(batch.traceCount).toBe(2);
    expect(await getSession({ projectId, sessionId: "no-such-session" })).toBeNull();
  });
});
