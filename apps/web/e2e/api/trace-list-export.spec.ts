import { expect, test } from "@playwright/test";
import { ZTraceSummary } from "@spanlight/core";
import { addMember, signUpApiClient, uniqueAccount } from "../support/accounts";
import { bearerAuth, chatTrace, createProjectWithKeys, OTLP_PATH, uniqueLabel } from "./explorer-fixtures";

test.describe("[EXPLORER]: exporting the trace list", () => {
  test("the whole filter streams as JSON or CSV, the selection as posted ids; viewers export, strangers get 404", async ({
    request,
  }) => {
    const { client, projectId, keys } = await createProjectWithKeys("export");
    const tag = uniqueLabel("export");
    const traces = Array.from({ length: 5 }, (_, index) =>
      chatTrace({
        userId: `user-${index}`,
        sessionId: "s",
        tags: index < 4 ? [tag] : ["other"],
        question: `Question ${index}, with "quotes", and commas?`,
        answer: `Answer ${index}.`,
        startMs: Date.now() - 60_000 + index * 1_000,
      }),
    );
    for (const trace of traces) {
      const sent = await request.post(OTLP_PATH, {
        data: trace.body,
        headers: { "content-type": "application/json", ...bearerAuth(keys) },
      });
      expect(sent.status()).toBe(200);
    }
    const base = `/api/projects/${projectId}/traces/export`;
    const tagged = traces
      .slice(0, 4)
      .map((trace) => trace.traceId)
      .reverse();

    const json = await client.get(base, { params: { format: "json", tags: tag } });
    expect(json.status()).toBe(200);
    expect(json.headers()["content-disposition"]).toMatch(/^attachment; filename="traces-.*\.json"$/);
    const rows = ZTraceSummary.array().parse(await json.json());
    expect(rows.map((row) => row.traceId)).toEqual(tagged);

    const csv = await client.get(base, { params: { format: "csv", tags: tag } });
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    // csv-stringify ends records with CRLF, as RFC 4180 writes them.
    expect(text.split("\r\n")[0]).toBe(
      "traceId,name,startTime,endTime,durationMs,userId,sessionId,tags,environment,release,models,spanCount,errorCount,inputTokens,outputTokens,totalTokens,costUsd,inputPreview,outputPreview",
    );
    // One record per trace, in the list's order, with quotes and commas quoted.
    expect([...text.matchAll(/^([0-9a-f]{32}),/gm)].map((match) => match[1])).toEqual(tagged);
    expect(text).toContain('"Question 3, with ""quotes"", and commas?"');

    const selection = await client.post(base, {
      params: { format: "json" },
      data: { traceIds: [traces[4]!.traceId, traces[0]!.traceId, "f".repeat(32)] },
    });
    expect(selection.status()).toBe(200);
    expect(
      ZTraceSummary.array()
        .parse(await selection.json())
        .map((row) => row.traceId),
    ).toEqual([traces[4]!.traceId, traces[0]!.traceId]);

    expect((await client.get(base, { params: { format: "xml" } })).status()).toBe(400);
    expect((await client.post(base, { data: { traceIds: [] } })).status()).toBe(400);

    const viewerAccount = uniqueAccount("export-viewer");
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(client, { projectId, account: viewerAccount, role: "VIEWER" });
    expect((await viewer.get(base, { params: { tags: tag } })).status()).toBe(200);

    const stranger = await signUpApiClient(uniqueAccount("export-stranger"));
    expect((await stranger.get(base)).status()).toBe(404);
    expect((await request.get(base)).status()).toBe(401);
  });
});
