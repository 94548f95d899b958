import { ZUserDetail, ZUserDetailQuery, ZUserListPage, ZUserListQuery } from "@spanlight/core";
import type { TUserListQueryInput } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "../traces/trace-rows.fixture.ts";
import { getUser } from "./get-user.ts";
import { listUsers } from "./list-users.ts";

const MINUTE = 60_000;
const at = (minutes: number) => FIXED_HOUR_MS + minutes * MINUTE;
const WINDOW = { from: isoAt(at(0)), to: isoAt(at(60)) };

describe("[EXPLORER] end-users", () => {
  let projectId: string;
  let writer: SpanWriter;
  const aliceTraces: string[] = [];

  const list = async (input: TUserListQueryInput) =>
    ZUserListPage.parse(await listUsers({ projectId, query: ZUserListQuery.parse({ ...WINDOW, ...input }) }));

  beforeAll(async () => {
    projectId = (await seedProjectWithKey()).project.id;
    writer = new SpanWriter({ pool: getPool() });
    const alice = [
      { startMs: at(-120), sessionId: "a-0" },
      { startMs: at(5), sessionId: "a-1", isError: true },
      { startMs: at(6), sessionId: "a-1" },
      { startMs: at(7), sessionId: "a-2" },
      { startMs: at(8) },
    ];
    for (const spec of alice) {
      const traceId = hexId(16);
      aliceTraces.push(traceId);
      await writer.write(traceRows(projectId, { ...spec, traceId, userId: "alice", tokens: 100, costUsd: 0.01 }));
    }
    await writer.write(traceRows(projectId, { startMs: at(9), userId: "bob", tokens: 5_000, costUsd: 1 }));
    await writer.write(traceRows(projectId, { startMs: at(1), userId: "bobby", tokens: 1, costUsd: 0 }));
    await writer.write(traceRows(projectId, { startMs: at(2) }));
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("rolls up the window's traces per user, last seen first", async () => {
    const page = await list({});
    expect(page.data.map((user) => user.userId)).toEqual(["bob", "alice", "bobby"]);
    expect(page.data[1]).toEqual({
      userId: "alice",
      traceCount: 4,
      sessionCount: 2,
      totalTokens: 400,
      costUsd: expect.closeTo(0.04, 9),
      errorCount: 1,
      firstSeenAt: "2026-03-01T10:05:00.000000Z",
      lastSeenAt: "2026-03-01T10:08:00.000000Z",
    });
  });

  it.each<[TUserListQueryInput, string[]]>([
    [{ sort: "firstSeenAt", order: "asc" }, ["bobby", "alice", "bob"]],
    // A tie (one trace each) falls back to the id, in the same direction.
    [{ sort: "traceCount" }, ["alice", "bobby", "bob"]],
    [{ sort: "cost", order: "asc" }, ["bobby", "alice", "bob"]],
    [{ sort: "tokens" }, ["bob", "alice", "bobby"]],
    [{ search: "BOB" }, ["bob", "bobby"]],
  ])("sorts and filters: %j", async (input, expected) => {
    expect((await list(input)).data.map((user) => user.userId)).toEqual(expected);
  });

  it("pages with a cursor", async () => {
    const first = await list({ limit: "1", sort: "tokens" });
    const second = await list({ limit: "1", sort: "tokens", cursor: first.nextCursor! });
    const third = await list({ limit: "1", sort: "tokens", cursor: second.nextCursor! });
    expect([first, second, third].map((page) => page.data[0]?.userId)).toEqual(["bob", "alice", "bobby"]);
    expect(third.nextCursor).toBeNull();
  });

  it("details a user over all time with their traces, newest first, paged", async () => {
    const detail = ZUserDetail.parse(
      await getUser({ projectId, userId: "alice", query: ZUserDetailQuery.parse({ limit: "3" }) }),
    );
    expect(detail).toMatchObject({ traceCount: 5, sessionCount: 3, firstSeenAt: "2026-03-01T08:00:00.000000Z" });
    expect(detail.traces.data.map((trace) => trace.traceId)).toEqual(aliceTraces.slice(2).reverse());
    const next = ZUserDetail.parse(
      await getUser({
        projectId,
        userId: "alice",
        query: ZUserDetailQuery.parse({ limit: "3", cursor: detail.traces.nextCursor! }),
      }),
    );
    expect(next.traces.data.map((trace) => trace.traceId)).toEqual(aliceTraces.slice(0, 2).reverse());
    expect(next.traces.nextCursor).toBeNull();
    expect(await getUser({ projectId, userId: "nobody", query: ZUserDetailQuery.parse({}) })).toBeNull();
  });
});
