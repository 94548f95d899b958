import { ZModelPrice, ZProblem, ZRepriceJob, ZRepriceJobList, ZRepriceStarted } from "@spanlight/core";
import type { TRepriceJobContract } from "@spanlight/core";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { addMember, signUpApiClient, uniqueAccount } from "../support/accounts";
import { readTraceCost, REPRICE_MODEL, sendPricedTraces } from "../support/priced-traces";
import { bearerAuth, createProjectWithKeys } from "./explorer-fixtures";
import type { TKeyPair } from "./explorer-fixtures";

const HOUR = 3_600_000;
const REPRICE = "/api/public/model-prices/reprice";

async function waitForJob(request: APIRequestContext, keys: TKeyPair, jobId: string): Promise<TRepriceJobContract> {
  let job: TRepriceJobContract | null = null;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${REPRICE}/${jobId}`, { headers: bearerAuth(keys) });
        expect(response.status()).toBe(200);
        job = ZRepriceJob.parse(await response.json());
        return job.state;
      },
      { timeout: 30_000 },
    )
    .toBe("done");
  return job as unknown as TRepriceJobContract;
}

const issuePaths = async (response: { json: () => Promise<unknown> }) =>
  (ZProblem.parse(await response.json()).error.issues ?? []).map((issue) => issue.path);

test.describe("[PRICES]: repricing past spans", () => {
  test("a price set after the fact reprices past spans and their trace rollups; retiring ends its period", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const { keys } = await createProjectWithKeys("reprice");
    const now = Date.now();
    const traceIds = await sendPricedTraces(request, { keys, startsMs: [now - 2 * HOUR, now - HOUR, now - 30 * HOUR] });
    await expect.poll(async () => (await readTraceCost(request, { keys, traceId: traceIds[0]! })).priceId).toBeNull();

    const created = await request.post("/api/public/model-prices", {
      headers: bearerAuth(keys),
      data: {
        modelName: REPRICE_MODEL,
        matchPattern: REPRICE_MODEL,
        inputPerMTok: 3,
        outputPerMTok: 0,
        effectiveFrom: new Date(now - 3 * HOUR).toISOString(),
      },
    });
    expect(created.status(), await created.text()).toBe(200);
    const price = ZModelPrice.parse(await created.json());
    expect(price.effectiveFrom).toBe(new Date(now - 3 * HOUR).toISOString());
    expect(price.retiredAt).toBeNull();

    // The range holds the first two traces; the third started before it (and before the price).
    const started = await request.post(REPRICE, {
      headers: bearerAuth(keys),
      data: { from: new Date(now - 4 * HOUR).toISOString(), to: new Date(now).toISOString() },
    });
    expect(started.status(), await started.text()).toBe(200);
    const { jobId } = ZRepriceStarted.parse(await started.json());
    const job = await waitForJob(request, keys, jobId);
    expect(job).toMatchObject({ total: 2, processed: 2, updatedSpans: 2, error: null, model: null });
    expect(job.startedAt).not.toBeNull();
    expect(job.finishedAt).not.toBeNull();

    for (const traceId of traceIds.slice(0, 2)) {
      expect(await readTraceCost(request, { keys, traceId })).toEqual({
        traceCost: 3,
        spanCost: 3,
        priceId: `project:${price.id}`,
      });
    }
    expect(await readTraceCost(request, { keys, traceId: traceIds[2]! })).toEqual({
      traceCost: null,
      spanCost: null,
      priceId: null,
    });

    // Cancelling a finished job changes nothing.
    const cancelled = await request.delete(`${REPRICE}/${jobId}`, { headers: bearerAuth(keys) });
    expect(cancelled.status()).toBe(200);
    expect(ZRepriceJob.parse(await cancelled.json()).state).toBe("done");

    const retired = await request.post(`/api/public/model-prices/${price.id}/retire`, {
      headers: bearerAuth(keys),
      data: { retiredAt: new Date(now - HOUR - 60_000).toISOString() },
    });
    expect(retired.status(), await retired.text()).toBe(200);
    expect(ZModelPrice.parse(await retired.json()).retiredAt).toBe(new Date(now - HOUR - 60_000).toISOString());
    // Repricing again: the span after the retirement has no price any more, the one before keeps it.
    const again = await request.post(REPRICE, {
      headers: bearerAuth(keys),
      data: { from: new Date(now - 4 * HOUR).toISOString(), to: new Date(now).toISOString(), model: REPRICE_MODEL },
    });
    const second = await waitForJob(request, keys, ZRepriceStarted.parse(await again.json()).jobId);
    expect(second).toMatchObject({ total: 2, processed: 2, updatedSpans: 1, model: REPRICE_MODEL });
    expect((await readTraceCost(request, { keys, traceId: traceIds[0]! })).spanCost).toBe(3);
    expect(await readTraceCost(request, { keys, traceId: traceIds[1]! })).toEqual({
      traceCost: null,
      spanCost: null,
      priceId: null,
    });
  });

  test("refuses a missing key with 401, bad fields with 400 naming them, an unknown job with 404", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("reprice-errors");
    const range = { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" };
    expect((await request.post(REPRICE, { data: range })).status()).toBe(401);

    const badFrom = await request.post(REPRICE, { headers: bearerAuth(keys), data: { ...range, from: "yesterday" } });
    expect(badFrom.status()).toBe(400);
    expect(await issuePaths(badFrom)).toEqual(["from"]);
    const backwards = await request.post(REPRICE, {
      headers: bearerAuth(keys),
      data: { from: range.to, to: range.from },
    });
    expect(backwards.status()).toBe(400);
    expect(await issuePaths(backwards)).toEqual(["to"]);
    const extra = await request.post(REPRICE, { headers: bearerAuth(keys), data: { ...range, model: "" } });
    expect(await issuePaths(extra)).toEqual(["model"]);

    const unknown = await request.get(`${REPRICE}/no-such-job`, { headers: bearerAuth(keys) });
    expect(unknown.status()).toBe(404);
    expect((await request.delete(`${REPRICE}/no-such-job`, { headers: bearerAuth(keys) })).status()).toBe(404);
    const badRetire = await request.post("/api/public/model-prices/no-such-price/retire", {
      headers: bearerAuth(keys),
      data: { retiredAt: "soon" },
    });
    expect(badRetire.status()).toBe(400);
    expect(await issuePaths(badRetire)).toEqual(["retiredAt"]);
  });

  test("members see reprice jobs from the UI's routes; viewers cannot start or cancel one", async () => {
    const { client, projectId } = await createProjectWithKeys("reprice-roles");
    const base = `/api/projects/${projectId}/model-prices/reprice`;
    const range = { from: new Date(Date.now() - HOUR).toISOString(), to: new Date().toISOString() };
    const started = await client.post(base, { data: range });
    expect(started.status(), await started.text()).toBe(200);
    const { jobId } = ZRepriceStarted.parse(await started.json());

    const viewerAccount = uniqueAccount("reprice-viewer");
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(client, { projectId, account: viewerAccount, role: "VIEWER" });
    expect((await viewer.post(base, { data: range })).status()).toBe(403);
    expect((await viewer.delete(`${base}/${jobId}`)).status()).toBe(403);
    expect((await viewer.get(`${base}/${jobId}`)).status()).toBe(200);
    const listed = await viewer.get(base);
    expect(listed.status()).toBe(200);
    expect(ZRepriceJobList.parse(await listed.json()).jobs.map((job) => job.jobId)).toEqual([jobId]);
    expect((await viewer.get(`/api/projects/${projectId}/model-prices/coverage`)).status()).toBe(200);

    const outsider = await signUpApiClient(uniqueAccount("reprice-outsider"));
    expect([403, 404]).toContain((await outsider.get(`${base}/${jobId}`)).status());
    await viewer.dispose();
    await outsider.dispose();
  });
});
