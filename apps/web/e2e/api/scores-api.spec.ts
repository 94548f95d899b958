import { randomBytes } from "node:crypto";
import {
  ZProblem,
  ZScore,
  ZScoreConfig,
  ZScoreConfigList,
  ZScoreListPage,
  ZTraceDetail,
  ZTraceListPage,
} from "@spanlight/core";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { ZCreatedApiKeyResponse } from "../../src/features/api-keys/contracts";
import { addMember, createProject, signUpApiClient, uniqueAccount } from "../support/accounts";

type TProjectKey = { owner: APIRequestContext; projectId: string; bearer: { authorization: string } };

/** A fresh project and secret key per test: config names are unique per project. */
async function projectWithKey(label: string): Promise<TProjectKey> {
  const owner = await signUpApiClient(uniqueAccount(label));
  const project = await createProject(owner, `Scores ${label}`);
  const created = await owner.post(`/api/projects/${project.id}/api-keys`, { data: {} });
  const { apiKey } = ZCreatedApiKeyResponse.parse(await created.json());
  return { owner, projectId: project.id, bearer: { authorization: `Bearer ${apiKey.secretKey}` } };
}

/** A two-span trace sent as an exporter does (OTLP/JSON), started a minute ago. */
async function sendTrace(request: APIRequestContext, bearer: TProjectKey["bearer"]) {
  const traceId = randomBytes(16).toString("hex");
  const rootId = randomBytes(8).toString("hex");
  const childId = randomBytes(8).toString("hex");
  const startNs = BigInt(Date.now() - 60_000) * 1_000_000n;
  const span = (spanId: string, name: string, parentSpanId?: string) => ({
    traceId,
    spanId,
    ...(parentSpanId ? { parentSpanId } : {}),
    name,
    kind: 1,
    startTimeUnixNano: String(startNs),
    endTimeUnixNano: String(startNs + 500_000_000n),
  });
  const sent = await request.post("/api/public/otel/v1/traces", {
    headers: { ...bearer, "content-type": "application/json" },
    data: {
      resourceSpans: [
        {
          scopeSpans: [
            { scope: { name: "e2e-scores" }, spans: [span(rootId, "answer"), span(childId, "retrieve", rootId)] },
          ],
        },
      ],
    },
  });
  expect(sent.status(), await sent.text()).toBe(200);
  return { traceId, rootId, childId };
}

async function problemOf(response: Awaited<ReturnType<APIRequestContext["post"]>>) {
  return ZProblem.parse(await response.json()).error;
}

test.describe("[SCORES]: scores and score configs through the public API", () => {
  test("the same id again answers the stored score and stores nothing twice", async ({ request }) => {
    const { bearer } = await projectWithKey("idempotent");
    const body = {
      id: `retry-${randomBytes(4).toString("hex")}`,
      traceId: "a".repeat(32),
      name: "accuracy",
      value: 0.75,
    };
    const first = await request.post("/api/public/scores", { headers: bearer, data: body });
    expect(first.status(), await first.text()).toBe(201);
    const created = ZScore.parse(await first.json());
    expect(created).toMatchObject({ id: body.id, dataType: "NUMERIC", value: 0.75, source: "API" });

    const retry = await request.post("/api/public/scores", { headers: bearer, data: { ...body, value: 0.1 } });
    expect(retry.status()).toBe(200);
    expect(ZScore.parse(await retry.json())).toEqual(created);
    const list = ZScoreListPage.parse(
      await (await request.get(`/api/public/scores?name=accuracy`, { headers: bearer })).json(),
    );
    expect(list.data.map((score) => score.id)).toEqual([body.id]);

    expect((await request.delete(`/api/public/scores/${body.id}`, { headers: bearer })).status()).toBe(204);
    expect((await request.delete(`/api/public/scores/${body.id}`, { headers: bearer })).status()).toBe(404);
  });

  test("configs check values: out of range or outside the categories is a 400 naming value", async ({ request }) => {
    const { bearer } = await projectWithKey("configs");
    const numeric = await request.post("/api/public/score-configs", {
      headers: bearer,
      data: { name: "helpfulness", dataType: "NUMERIC", minValue: 1, maxValue: 5, description: "1 useless, 5 perfect" },
    });
    expect(numeric.status(), await numeric.text()).toBe(201);
    const helpfulness = ZScoreConfig.parse(await numeric.json());
    const taken = await request.post("/api/public/score-configs", {
      headers: bearer,
      data: { name: "helpfulness", dataType: "NUMERIC" },
    });
    expect(taken.status()).toBe(409);
    const categorical = await request.post("/api/public/score-configs", {
      headers: bearer,
      data: {
        name: "tone",
        dataType: "CATEGORICAL",
        categories: [
          { label: "calm", value: 1 },
          { label: "rude", value: 0 },
        ],
      },
    });
    expect(categorical.status()).toBe(201);

    const traceId = "b".repeat(32);
    const tooHigh = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "helpfulness", value: 7 },
    });
    expect(tooHigh.status()).toBe(400);
    expect((await problemOf(tooHigh)).issues?.map((issue) => issue.path)).toEqual(["value"]);
    const unknownLabel = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "tone", value: "snarky" },
    });
    expect(unknownLabel.status()).toBe(400);
    const problem = await problemOf(unknownLabel);
    expect(problem.issues?.[0]).toMatchObject({ path: "value" });
    expect(problem.message).toContain("calm, rude");
    const wrongType = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "tone", value: 3 },
    });
    expect((await problemOf(wrongType)).issues?.[0]?.path).toBe("value");
    const otherType = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "tone", dataType: "NUMERIC", value: 3 },
    });
    expect((await problemOf(otherType)).issues?.[0]?.path).toBe("dataType");
    const noTarget = await request.post("/api/public/scores", {
      headers: bearer,
      data: { name: "tone", value: "calm" },
    });
    expect((await problemOf(noTarget)).issues?.[0]?.path).toBe("traceId");
    const annotation = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "free-text", value: "fine", source: "ANNOTATION" },
    });
    expect((await problemOf(annotation)).issues?.[0]?.path).toBe("configId");

    const fine = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId, name: "tone", value: "rude" },
    });
    expect(fine.status()).toBe(201);
    expect(ZScore.parse(await fine.json())).toMatchObject({
      dataType: "CATEGORICAL",
      value: "rude",
      configId: expect.any(String),
    });

    const narrowed = await request.patch(`/api/public/score-configs/${helpfulness.id}`, {
      headers: bearer,
      data: { maxValue: 3, isArchived: true },
    });
    expect(narrowed.status(), await narrowed.text()).toBe(200);
    expect(ZScoreConfig.parse(await narrowed.json())).toMatchObject({ maxValue: 3, isArchived: true });
    const inverted = await request.patch(`/api/public/score-configs/${helpfulness.id}`, {
      headers: bearer,
      data: { minValue: 4 },
    });
    expect((await problemOf(inverted)).issues?.[0]?.path).toBe("maxValue");
    const configs = ZScoreConfigList.parse(
      await (await request.get("/api/public/score-configs", { headers: bearer })).json(),
    );
    expect(configs.data.map((config) => [config.name, config.isArchived])).toEqual([
      ["helpfulness", true],
      ["tone", false],
    ]);
  });

  test("a score sent before its trace shows on the trace when it arrives, and filters the list", async ({
    request,
  }) => {
    const { bearer } = await projectWithKey("late");
    const early = randomBytes(16).toString("hex");
    const scoreEarly = await request.post("/api/public/scores", {
      headers: bearer,
      data: { traceId: early, name: "helpfulness", value: 2, authorId: "judge-v2", comment: "misses the point" },
    });
    expect(scoreEarly.status()).toBe(201);
    expect((await request.get(`/api/public/traces/${early}`, { headers: bearer })).status()).toBe(404);

    const sent = await sendTrace(request, bearer);
    const scored = await request.post("/api/public/scores", {
      headers: bearer,
      data: {
        traceId: sent.traceId,
        spanId: sent.childId,
        name: "relevance",
        value: true,
        correction: { docs: ["faq.md"] },
      },
    });
    expect(scored.status()).toBe(201);
    const detail = ZTraceDetail.parse(
      await (await request.get(`/api/public/traces/${sent.traceId}`, { headers: bearer })).json(),
    );
    expect(detail.scores).toEqual([
      expect.objectContaining({
        spanId: sent.childId,
        name: "relevance",
        value: true,
        correction: { docs: ["faq.md"] },
      }),
    ]);

    // The early score's trace id now arrives too (an exporter that flushed late).
    const late = await request.post("/api/public/otel/v1/traces", {
      headers: { ...bearer, "content-type": "application/json" },
      data: {
        resourceSpans: [
          {
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: early,
                    spanId: randomBytes(8).toString("hex"),
                    name: "late answer",
                    startTimeUnixNano: String(BigInt(Date.now() - 30_000) * 1_000_000n),
                    endTimeUnixNano: String(BigInt(Date.now() - 29_000) * 1_000_000n),
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(late.status()).toBe(200);
    const earlyDetail = ZTraceDetail.parse(
      await (await request.get(`/api/public/traces/${early}`, { headers: bearer })).json(),
    );
    expect(earlyDetail.scores).toEqual([
      expect.objectContaining({ name: "helpfulness", value: 2, authorId: "judge-v2" }),
    ]);

    const lowHelpfulness = ZTraceListPage.parse(
      await (
        await request.get(`/api/public/traces?score=${encodeURIComponent("helpfulness<3")}&scoreColumns=helpfulness`, {
          headers: bearer,
        })
      ).json(),
    );
    expect(lowHelpfulness.data.map((trace) => [trace.traceId, trace.scoreMeans])).toEqual([
      [early, { helpfulness: 2 }],
    ]);
    const unscored = ZTraceListPage.parse(
      await (await request.get(`/api/public/traces?noScore=helpfulness`, { headers: bearer })).json(),
    );
    expect(unscored.data.map((trace) => trace.traceId)).toEqual([sent.traceId]);
    const badFilter = await request.get(`/api/public/traces?score=${encodeURIComponent("helpfulness<good")}`, {
      headers: bearer,
    });
    expect((await problemOf(badFilter)).issues?.[0]?.path).toBe("score");
  });
});

test.describe("[SCORES]: annotating through the internal API", () => {
  test("members annotate with a config and edit only their own; viewers are refused", async ({ request }) => {
    const { owner, projectId, bearer } = await projectWithKey("annotate");
    const memberAccount = uniqueAccount("annotator");
    const viewerAccount = uniqueAccount("viewer");
    const member = await signUpApiClient(memberAccount);
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(owner, { projectId, account: memberAccount, role: "MEMBER" });
    await addMember(owner, { projectId, account: viewerAccount, role: "VIEWER" });
    const config = ZScoreConfig.parse(
      await (
        await owner.post(`/api/projects/${projectId}/score-configs`, {
          data: { name: "correct", dataType: "BOOLEAN" },
        })
      ).json(),
    );
    expect(
      (
        await member.post(`/api/projects/${projectId}/score-configs`, { data: { name: "x", dataType: "NUMERIC" } })
      ).status(),
    ).toBe(403);
    const { traceId, childId } = await sendTrace(request, bearer);
    const annotation = {
      traceId,
      spanId: childId,
      name: "correct",
      configId: config.id,
      value: false,
      correction: "Paris",
    };

    const byViewer = await viewer.post(`/api/projects/${projectId}/scores`, { data: annotation });
    expect(byViewer.status()).toBe(403);
    expect((await viewer.get(`/api/projects/${projectId}/scores?traceId=${traceId}`)).status()).toBe(200);

    const byMember = await member.post(`/api/projects/${projectId}/scores`, {
      data: { ...annotation, source: "API", authorId: "spoof" },
    });
    expect(byMember.status(), await byMember.text()).toBe(201);
    const score = ZScore.parse(await byMember.json());
    expect(score).toMatchObject({
      source: "ANNOTATION",
      authorId: null,
      authorUserId: expect.any(String),
      correction: "Paris",
    });

    const edit = await member.patch(`/api/projects/${projectId}/scores/${score.id}`, {
      data: { value: true, comment: "right after all" },
    });
    expect(edit.status(), await edit.text()).toBe(200);
    expect(ZScore.parse(await edit.json())).toMatchObject({
      value: true,
      comment: "right after all",
      correction: "Paris",
    });
    const wrongValue = await member.patch(`/api/projects/${projectId}/scores/${score.id}`, { data: { value: "yes" } });
    expect((await problemOf(wrongValue)).issues?.[0]?.path).toBe("value");

    const otherMember = uniqueAccount("other");
    const other = await signUpApiClient(otherMember);
    await addMember(owner, { projectId, account: otherMember, role: "MEMBER" });
    expect(
      (await other.patch(`/api/projects/${projectId}/scores/${score.id}`, { data: { comment: "mine" } })).status(),
    ).toBe(403);
    expect((await other.delete(`/api/projects/${projectId}/scores/${score.id}`)).status()).toBe(403);
    expect((await viewer.delete(`/api/projects/${projectId}/scores/${score.id}`)).status()).toBe(403);
    expect((await member.delete(`/api/projects/${projectId}/scores/${score.id}`)).status()).toBe(204);
  });
});
