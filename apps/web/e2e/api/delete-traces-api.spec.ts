import { expect, test } from "@playwright/test";
import { ZDeleteTracesResult, ZProblem, ZTraceListPage } from "@spanlight/core";
import type { APIRequestContext } from "@playwright/test";
import { addMember, signUpApiClient, uniqueAccount } from "../support/accounts";
import {
  bearerAuth,
  chatTrace,
  createProjectWithKeys,
  hexId,
  otlpJsonBody,
  sendOtlp,
  uniqueLabel,
} from "./explorer-fixtures";
import type { TKeyPair } from "./explorer-fixtures";

async function sendTrace(request: APIRequestContext, keys: TKeyPair): Promise<string> {
  const trace = chatTrace({
    userId: uniqueLabel("user"),
    sessionId: uniqueLabel("session"),
    tags: [],
    question: "q",
    answer: "a",
  });
  await sendOtlp(request, trace.body, keys);
  return trace.traceId;
}

const traceStatus = async (request: APIRequestContext, traceId: string, keys: TKeyPair) =>
  (await request.get(`/api/public/traces/${traceId}`, { headers: bearerAuth(keys) })).status();

test.describe("[EXPLORER]: trace list filters on release and metadata", () => {
  test("GET /api/public/traces narrows by release and by a span's metadata key and value", async ({ request }) => {
    const { keys } = await createProjectWithKeys("release-metadata");
    const send = async (options: { release: string; tier: string | null }) => {
      const traceId = hexId(16);
      const attributes: Record<string, string> =
        options.tier === null ? {} : { "langfuse.observation.metadata.tier": options.tier };
      const body = otlpJsonBody({
        traceId,
        resource: { "service.version": options.release },
        spans: [{ spanId: hexId(8), name: "handle", startMs: Date.now() - 5_000, durationMs: 10, attributes }],
      });
      await sendOtlp(request, body, keys);
      return traceId;
    };
    const goldV1 = await send({ release: "1.0.0", tier: "gold" });
    const goldV2 = await send({ release: "2.0.0", tier: "gold" });
    const plainV2 = await send({ release: "2.0.0", tier: null });
    const list = async (params: Record<string, string>) => {
      const response = await request.get("/api/public/traces", { params, headers: bearerAuth(keys) });
      expect(response.status(), await response.text()).toBe(200);
      return ZTraceListPage.parse(await response.json())
        .data.map((trace) => trace.traceId)
        .sort();
    };
    await expect.poll(() => list({})).toHaveLength(3);
    expect(await list({ release: "2.0.0" })).toEqual([goldV2, plainV2].sort());
    expect(await list({ metadataKey: "tier", metadataValue: "gold" })).toEqual([goldV1, goldV2].sort());
    expect(await list({ metadataKey: "tier", release: "1.0.0" })).toEqual([goldV1]);

    const refused = await request.get("/api/public/traces", {
      params: { metadataValue: "gold" },
      headers: bearerAuth(keys),
    });
    expect(refused.status()).toBe(400);
    expect(ZProblem.parse(await refused.json()).error.issues?.[0]?.path).toBe("metadataValue");
  });
});

test.describe("[EXPLORER]: deleting traces", () => {
  test("DELETE /api/public/traces/{traceId} removes the trace with its spans; another project's trace is a 404", async ({
    request,
  }) => {
    const mine = await createProjectWithKeys("delete-public");
    const theirs = await createProjectWithKeys("delete-public-other");
    const traceId = await sendTrace(request, mine.keys);
    const otherTraceId = await sendTrace(request, theirs.keys);
    await expect.poll(() => traceStatus(request, traceId, mine.keys)).toBe(200);
    await expect.poll(() => traceStatus(request, otherTraceId, theirs.keys)).toBe(200);

    const refused = await request.delete(`/api/public/traces/${otherTraceId}`, { headers: bearerAuth(mine.keys) });
    expect(refused.status()).toBe(404);
    expect(ZProblem.parse(await refused.json()).error.code).toBe("not_found");
    expect(await traceStatus(request, otherTraceId, theirs.keys)).toBe(200);

    expect((await request.delete(`/api/public/traces/${traceId}`)).status()).toBe(401);
    const deleted = await request.delete(`/api/public/traces/${traceId}`, { headers: bearerAuth(mine.keys) });
    expect(deleted.status(), await deleted.text()).toBe(204);
    expect(await traceStatus(request, traceId, mine.keys)).toBe(404);
    const spans = await mine.client.get(`/api/projects/${mine.projectId}/traces/${traceId}/tree`);
    expect(spans.status()).toBe(404);
    expect((await request.delete(`/api/public/traces/${traceId}`, { headers: bearerAuth(mine.keys) })).status()).toBe(
      404,
    );

    const malformed = await request.delete("/api/public/traces/not-a-trace-id", { headers: bearerAuth(mine.keys) });
    expect(malformed.status()).toBe(400);
    expect(ZProblem.parse(await malformed.json()).error.issues?.length).toBeGreaterThan(0);
  });

  test("members delete selected traces from the UI's route; viewers are refused", async ({ request }) => {
    const { client, projectId, keys } = await createProjectWithKeys("delete-selected");
    const traceIds = [await sendTrace(request, keys), await sendTrace(request, keys), await sendTrace(request, keys)];
    for (const traceId of traceIds) await expect.poll(() => traceStatus(request, traceId, keys)).toBe(200);
    const base = `/api/projects/${projectId}/traces`;

    const viewerAccount = uniqueAccount("delete-viewer");
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(client, { projectId, account: viewerAccount, role: "VIEWER" });
    expect((await viewer.delete(base, { data: { traceIds: [traceIds[0]] } })).status()).toBe(403);
    expect(await traceStatus(request, traceIds[0]!, keys)).toBe(200);

    const empty = await client.delete(base, { data: { traceIds: [] } });
    expect(empty.status()).toBe(400);
    expect(ZProblem.parse(await empty.json()).error.message).toBeTruthy();

    const unknown = "f".repeat(32);
    const response = await client.delete(base, { data: { traceIds: [traceIds[0], traceIds[1], unknown] } });
    expect(response.status(), await response.text()).toBe(200);
    const result = ZDeleteTracesResult.parse(await response.json());
    expect(result.deletedTraceIds).toEqual([traceIds[0], traceIds[1]].sort());
    expect(await traceStatus(request, traceIds[0]!, keys)).toBe(404);
    expect(await traceStatus(request, traceIds[1]!, keys)).toBe(404);
    expect(await traceStatus(request, traceIds[2]!, keys)).toBe(200);
  });
});
