import { expect, test } from "@playwright/test";
import {
  ZSavedViewList,
  ZSavedViewResponse,
  ZSessionDetail,
  ZSessionListPage,
  ZSpan,
  ZTraceDetail,
  ZTraceListPage,
  ZTraceTree,
  ZUserDetail,
  ZUserListPage,
} from "@spanlight/core";
import { addMember, signUpApiClient, uniqueAccount } from "../support/accounts";
import { bearerAuth, chatTrace, createProjectWithKeys, OTLP_PATH, uniqueLabel } from "./explorer-fixtures";

test.describe("[EXPLORER]: the UI's session-authenticated explorer routes", () => {
  test("list, tree, one span, sessions and users of the member's project", async ({ request }) => {
    const { client, projectId, keys } = await createProjectWithKeys("explorer-ui");
    const userId = uniqueLabel("user");
    const sessionId = uniqueLabel("session");
    const trace = chatTrace({
      userId,
      sessionId,
      tags: ["ui"],
      question: "How do I reset my password?",
      answer: "Use the link.",
    });
    expect(
      (
        await request.post(OTLP_PATH, {
          data: trace.body,
          headers: { "content-type": "application/json", ...bearerAuth(keys) },
        })
      ).status(),
    ).toBe(200);
    const base = `/api/projects/${projectId}`;

    const list = ZTraceListPage.parse(
      await (await client.get(`${base}/traces`, { params: { search: "reset my password" } })).json(),
    );
    expect(list.data.map((item) => item.traceId)).toEqual([trace.traceId]);

    const tree = ZTraceTree.parse(await (await client.get(`${base}/traces/${trace.traceId}/tree`)).json());
    expect(tree.trace.traceId).toBe(trace.traceId);
    expect(tree.spans.map((span) => [span.spanId, span.parentSpanId, span.kind])).toEqual([
      [trace.rootSpanId, null, "CHAIN"],
      [trace.llmSpanId, trace.rootSpanId, "LLM"],
    ]);

    const span = ZSpan.parse(
      await (await client.get(`${base}/traces/${trace.traceId}/spans/${trace.llmSpanId}`)).json(),
    );
    expect(span.attributes).toMatchObject({ "llm.temperature": 0.2, "llm.model_name": "gpt-4o-mini" });
    expect((await client.get(`${base}/traces/${trace.traceId}/spans/${"0".repeat(16)}`)).status()).toBe(404);

    const sessions = ZSessionListPage.parse(await (await client.get(`${base}/sessions`)).json());
    expect(sessions.data.map((session) => session.sessionId)).toEqual([sessionId]);
    const session = ZSessionDetail.parse(await (await client.get(`${base}/sessions/${sessionId}`)).json());
    expect(session.turns).toEqual([
      expect.objectContaining({ input: "How do I reset my password?", output: "Use the link." }),
    ]);
    const users = ZUserListPage.parse(await (await client.get(`${base}/users`)).json());
    expect(users.data.map((user) => user.userId)).toEqual([userId]);
    const user = ZUserDetail.parse(await (await client.get(`${base}/users/${userId}`)).json());
    expect(user.traces.data.map((item) => item.traceId)).toEqual([trace.traceId]);

    // Someone who is not a member sees nothing of it.
    const stranger = await signUpApiClient(uniqueAccount("stranger"));
    expect((await stranger.get(`${base}/traces/${trace.traceId}/tree`)).status()).toBe(404);
  });

  test("exports a trace as canonical JSON and as OTLP/JSON that re-ingests to the same spans", async ({ request }) => {
    const source = await createProjectWithKeys("export-source");
    const trace = chatTrace({
      userId: "u-export",
      sessionId: "s-export",
      tags: ["export"],
      question: "q",
      answer: "a",
    });
    expect(
      (
        await request.post(OTLP_PATH, {
          data: trace.body,
          headers: { "content-type": "application/json", ...bearerAuth(source.keys) },
        })
      ).status(),
    ).toBe(200);
    const base = `/api/projects/${source.projectId}/traces/${trace.traceId}/export`;

    const json = await source.client.get(base, { params: { format: "json" } });
    expect(json.status()).toBe(200);
    expect(json.headers()["content-disposition"]).toBe(`attachment; filename="trace-${trace.traceId}.json"`);
    const canonical = ZTraceDetail.parse(await json.json());

    const otlp = await source.client.get(base, { params: { format: "otlp" } });
    expect(otlp.headers()["content-disposition"]).toBe(`attachment; filename="trace-${trace.traceId}.otlp.json"`);
    const otlpText = await otlp.text();
    const wire = JSON.parse(otlpText) as {
      resourceSpans: {
        scopeSpans: { spans: { traceId: string; startTimeUnixNano: string; attributes: { key: string }[] }[] }[];
      }[];
    };
    const wireSpans = wire.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
    expect(wireSpans).toHaveLength(2);
    expect(wireSpans[0]!.traceId).toBe(trace.traceId);
    expect(wireSpans[0]!.startTimeUnixNano).toMatch(/^\d{19}$/);
    expect(wireSpans[0]!.attributes.map((attribute) => attribute.key)).toContain("session.id");

    // Replayed into another project, the export stores the very same spans.
    const replica = await createProjectWithKeys("export-replica");
    expect(
      (
        await request.post(OTLP_PATH, {
          data: otlpText,
          headers: { "content-type": "application/json", ...bearerAuth(replica.keys) },
        })
      ).status(),
    ).toBe(200);
    const replayed = ZTraceDetail.parse(
      await (await request.get(`/api/public/traces/${trace.traceId}`, { headers: bearerAuth(replica.keys) })).json(),
    );
    const comparable = (detail: typeof canonical) =>
      detail.spans.map((span) => ({
        spanId: span.spanId,
        parentSpanId: span.parentSpanId,
        name: span.name,
        kind: span.kind,
        otelSpanKind: span.otelSpanKind,
        startTimeUnixNano: span.startTimeUnixNano,
        endTimeUnixNano: span.endTimeUnixNano,
        statusCode: span.statusCode,
        attributes: span.attributes,
        resourceAttributes: span.resourceAttributes,
        events: span.events,
        scopeName: span.scopeName,
        userId: span.userId,
        inputTokens: span.inputTokens,
      }));
    expect(comparable(replayed)).toEqual(comparable(canonical));
    expect(replayed).toMatchObject({ userId: "u-export", sessionId: "s-export", tags: ["export"], spanCount: 2 });
  });

  test("saved views: members save and delete, viewers only read, names are unique", async () => {
    const { client, projectId } = await createProjectWithKeys("views");
    const base = `/api/projects/${projectId}/saved-views`;

    const created = await client.post(base, {
      data: { name: "Failing in prod", query: "?status=error&tags=prod&cursor=abc&name=" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { savedView } = ZSavedViewResponse.parse(await created.json());
    // Stored without the cursor and blank params: opening a view starts at its first page.
    expect(savedView).toMatchObject({ name: "Failing in prod", query: "status=error&tags=prod" });

    expect((await client.post(base, { data: { name: "Failing in prod", query: "" } })).status()).toBe(409);
    expect((await client.post(base, { data: { name: "Bad", query: "limit=999" } })).status()).toBe(400);

    const viewerAccount = uniqueAccount("viewer");
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(client, { projectId, account: viewerAccount, role: "VIEWER" });
    const listed = ZSavedViewList.parse(await (await viewer.get(base)).json());
    expect(listed.savedViews.map((view) => view.name)).toEqual(["Failing in prod"]);
    expect((await viewer.post(base, { data: { name: "Mine", query: "" } })).status()).toBe(403);
    expect((await viewer.delete(`${base}/${savedView.id}`)).status()).toBe(403);

    expect((await client.delete(`${base}/${savedView.id}`)).status()).toBe(204);
    expect((await client.delete(`${base}/${savedView.id}`)).status()).toBe(404);
    expect(ZSavedViewList.parse(await (await client.get(base)).json()).savedViews).toEqual([]);
  });
});
