import { expect, test } from "@playwright/test";
import {
  ZProblem,
  ZSessionDetail,
  ZSessionListPage,
  ZTraceDetail,
  ZTraceListPage,
  ZUserDetail,
  ZUserListPage,
} from "@spanlight/core";
import type { APIRequestContext } from "@playwright/test";
import {
  basicAuth,
  bearerAuth,
  chatTrace,
  createProjectWithKeys,
  OWNER_KEYS,
  sendOtlp,
  uniqueLabel,
} from "./explorer-fixtures";
import type { TChatTrace, TKeyPair } from "./explorer-fixtures";

/** GET with the key, expecting 200 and a body the strict schema accepts (an extra field fails). */
async function getJson<T>(
  request: APIRequestContext,
  options: { path: string; keys: TKeyPair; params?: Record<string, string>; schema: { parse: (value: unknown) => T } },
): Promise<T> {
  const response = await request.get(options.path, { params: options.params, headers: bearerAuth(options.keys) });
  expect(response.status(), await response.text()).toBe(200);
  return options.schema.parse(await response.json());
}

test.describe("[EXPLORER]: the public read API over traces sent by OTLP", () => {
  let userId: string;
  let sessionId: string;
  let traces: TChatTrace[];

  test.beforeAll(async ({ request }) => {
    userId = uniqueLabel("user");
    sessionId = uniqueLabel("session");
    // Five turns a second apart, the second one failing; sent as an exporter would, one request each.
    traces = Array.from({ length: 5 }, (_, index) =>
      chatTrace({
        userId,
        sessionId,
        tags: ["e2e", `turn-${index}`],
        question: `Where is parcel P-${index}?`,
        answer: `Parcel P-${index} ships tomorrow.`,
        startMs: Date.now() - 60_000 + index * 1_000,
        isError: index === 1,
      }),
    );
    for (const trace of traces) await sendOtlp(request, trace.body, OWNER_KEYS);
  });

  test("lists a trace by filters, gets it, and finds it by text", async ({ request }) => {
    const filtered = await getJson(request, {
      path: "/api/public/traces",
      keys: OWNER_KEYS,
      params: { userId, tags: "e2e,turn-2" },
      schema: ZTraceListPage,
    });
    expect(filtered.data.map((trace) => trace.traceId)).toEqual([traces[2]!.traceId]);
    expect(filtered.data[0]).toMatchObject({
      name: "support-chat",
      userId,
      sessionId,
      environment: "e2e",
      models: ["gpt-4o-mini"],
      kinds: ["CHAIN", "LLM"],
      spanCount: 2,
      inputTokens: 120,
      outputTokens: 30,
      inputPreview: "Where is parcel P-2?",
    });

    const errors = await getJson(request, {
      path: "/api/public/traces",
      keys: OWNER_KEYS,
      params: { userId, status: "error" },
      schema: ZTraceListPage,
    });
    expect(errors.data.map((trace) => trace.traceId)).toEqual([traces[1]!.traceId]);

    const found = await getJson(request, {
      path: "/api/public/traces",
      keys: OWNER_KEYS,
      params: { search: "PARCEL P-3 SHIPS", userId },
      schema: ZTraceListPage,
    });
    expect(found.data.map((trace) => trace.traceId)).toEqual([traces[3]!.traceId]);

    const detail = await getJson(request, {
      path: `/api/public/traces/${traces[2]!.traceId}`,
      keys: OWNER_KEYS,
      schema: ZTraceDetail,
    });
    expect(detail.spans.map((span) => span.spanId)).toEqual([traces[2]!.rootSpanId, traces[2]!.llmSpanId]);
    expect(detail.spans[1]).toMatchObject({ kind: "LLM", model: "gpt-4o-mini", inputTokens: 120 });
  });

  test("pages through with the cursor, newest first, each trace once", async ({ request }) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const params: Record<string, string> = { userId, limit: "2", ...(cursor ? { cursor } : {}) };
      const page = await getJson(request, {
        path: "/api/public/traces",
        keys: OWNER_KEYS,
        params,
        schema: ZTraceListPage,
      });
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((trace) => trace.traceId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(traces.map((trace) => trace.traceId).reverse());
  });

  test("rolls the traces up by session and by end-user", async ({ request }) => {
    const sessions = await getJson(request, {
      path: "/api/public/sessions",
      keys: OWNER_KEYS,
      params: { search: sessionId },
      schema: ZSessionListPage,
    });
    expect(sessions.data).toEqual([
      expect.objectContaining({ sessionId, traceCount: 5, errorCount: 1, totalTokens: 750, userIds: [userId] }),
    ]);

    const session = await getJson(request, {
      path: `/api/public/sessions/${encodeURIComponent(sessionId)}`,
      keys: OWNER_KEYS,
      schema: ZSessionDetail,
    });
    expect(session.traces.map((trace) => trace.traceId)).toEqual(traces.map((trace) => trace.traceId));
    expect(session.turns.map((turn) => [turn.input, turn.output])).toEqual(
      traces.map((_trace, index) => [`Where is parcel P-${index}?`, `Parcel P-${index} ships tomorrow.`]),
    );

    const users = await getJson(request, {
      path: "/api/public/users",
      keys: OWNER_KEYS,
      params: { search: userId },
      schema: ZUserListPage,
    });
    expect(users.data).toEqual([expect.objectContaining({ userId, traceCount: 5, sessionCount: 1, errorCount: 1 })]);

    const user = await getJson(request, {
      path: `/api/public/users/${encodeURIComponent(userId)}`,
      keys: OWNER_KEYS,
      params: { limit: "3" },
      schema: ZUserDetail,
    });
    expect(user.traces.data.map((trace) => trace.traceId)).toEqual(
      traces
        .slice(2)
        .map((trace) => trace.traceId)
        .reverse(),
    );
    expect(user.traces.nextCursor).not.toBeNull();
  });

  test("session and user ids with spaces, slashes and accents are path segments like any other", async ({
    request,
  }) => {
    const oddSession = `conv: ${uniqueLabel("42")}/é ü`;
    const oddUser = `user+${uniqueLabel("x")}@example.com`;
    const trace = chatTrace({
      userId: oddUser,
      sessionId: oddSession,
      tags: ["odd"],
      question: "odd?",
      answer: "odd.",
    });
    await sendOtlp(request, trace.body, OWNER_KEYS);
    const session = await getJson(request, {
      path: `/api/public/sessions/${encodeURIComponent(oddSession)}`,
      keys: OWNER_KEYS,
      schema: ZSessionDetail,
    });
    expect(session).toMatchObject({ sessionId: oddSession, traceCount: 1, userIds: [oddUser] });
    const user = await getJson(request, {
      path: `/api/public/users/${encodeURIComponent(oddUser)}`,
      keys: OWNER_KEYS,
      schema: ZUserDetail,
    });
    expect(user.traces.data.map((item) => item.traceId)).toEqual([trace.traceId]);
  });

  test("a key of one project gets 404 for another project's trace, session and user", async ({ request }) => {
    const projectB = await createProjectWithKeys("tenant-b");
    const otherUser = uniqueLabel("b-user");
    const otherSession = uniqueLabel("b-session");
    const other = chatTrace({ userId: otherUser, sessionId: otherSession, tags: ["b"], question: "b?", answer: "b." });
    await sendOtlp(request, other.body, projectB.keys);

    await getJson(request, { path: `/api/public/traces/${other.traceId}`, keys: projectB.keys, schema: ZTraceDetail });
    for (const path of [
      `/api/public/traces/${other.traceId}`,
      `/api/public/sessions/${otherSession}`,
      `/api/public/users/${otherUser}`,
    ]) {
      const response = await request.get(path, { headers: bearerAuth(OWNER_KEYS) });
      expect(response.status()).toBe(404);
      expect(ZProblem.parse(await response.json()).error.code).toBe("not_found");
    }
    // And the other way round: B's key sees none of A's traces, sessions or users.
    for (const path of [
      `/api/public/traces/${traces[0]!.traceId}`,
      `/api/public/sessions/${encodeURIComponent(sessionId)}`,
      `/api/public/users/${encodeURIComponent(userId)}`,
    ]) {
      expect((await request.get(path, { headers: basicAuth(projectB.keys) })).status()).toBe(404);
    }
    const listed = await getJson(request, {
      path: "/api/public/traces",
      keys: OWNER_KEYS,
      params: { tags: "b" },
      schema: ZTraceListPage,
    });
    expect(listed.data.map((trace) => trace.traceId)).not.toContain(other.traceId);
  });

  test("answers 401 without a key and 400 with the reason for a bad query", async ({ request }) => {
    const anonymous = await request.get("/api/public/traces");
    expect(anonymous.status()).toBe(401);
    expect(ZProblem.parse(await anonymous.json()).error.code).toBe("unauthorized");

    const invalid = await request.get("/api/public/traces", {
      params: { limit: "500", kind: "LLM,ROBOT" },
      headers: bearerAuth(OWNER_KEYS),
    });
    expect(invalid.status()).toBe(400);
    const problem = ZProblem.parse(await invalid.json());
    expect(problem.error.issues?.map((issue) => issue.path).sort()).toEqual(["kind.1", "limit"]);

    const forged = await request.get("/api/public/traces", {
      params: { cursor: "forged" },
      headers: bearerAuth(OWNER_KEYS),
    });
    expect(forged.status()).toBe(400);
  });
});
