import { expect, test } from "@playwright/test";
import { ZMetricsResult, ZProblem } from "@spanlight/core";
import { E2E_OWNER } from "../support/e2e-env";
import { newApiClient, signInApiClient, signUpApiClient, uniqueAccount } from "../support/accounts";
import { OWNER_BEARER } from "../support/otlp-send";
import { newRunLabel, seedTraces, sendListTraces } from "../support/trace-list-seed";
import type { TListTrace } from "../support/trace-list-seed";

const window = () => ({
  from: new Date(Date.now() - 3_600_000).toISOString(),
  to: new Date(Date.now() + 60_000).toISOString(),
});

test.describe("[DASHBOARDS]: POST /api/public/metrics", () => {
  let run: string;
  let traces: TListTrace[];

  test.beforeAll(async ({ request }) => {
    run = newRunLabel();
    traces = seedTraces(run);
    await sendListTraces(request, traces);
  });

  test("answers the run's totals, per trace name by cost and per model, as the traces say", async ({ request }) => {
    const post = async (body: Record<string, unknown>) => {
      const response = await request.post("/api/public/metrics", {
        headers: OWNER_BEARER,
        data: { ...window(), filters: { tags: run }, ...body },
      });
      expect(response.status(), await response.text()).toBe(200);
      return ZMetricsResult.parse(await response.json()).data;
    };
    const [totals] = await post({
      view: "traces",
      measures: ["count", "errorCount", "inputTokens", "outputTokens", "costUsd", "latencyP50"],
    });
    expect(totals).toMatchObject({
      count: 4,
      errorCount: 1,
      inputTokens: traces.reduce((sum, trace) => sum + trace.promptTokens, 0),
      outputTokens: traces.reduce((sum, trace) => sum + trace.completionTokens, 0),
    });
    expect(totals!.costUsd).toBeCloseTo(0.0655, 10);
    // Four durations: the median is the mean of the middle two (percentile_cont).
    expect(totals!.latencyP50).toBeCloseTo((820 + 1_500) / 2, 0);

    const byName = await post({
      view: "traces",
      measures: ["costUsd"],
      groupBy: ["traceName"],
      orderBy: { measure: "costUsd", order: "desc" },
      limit: 2,
    });
    expect(byName.map((row) => row.traceName)).toEqual([`${run}-translate`, `${run}-flights`]);

    const llm = { tags: run, kind: "LLM" };
    const calls = await post({ view: "spans", measures: ["count", "errorRate"], groupBy: ["model"], filters: llm });
    expect(calls).toEqual([{ model: "gpt-4o-mini", count: 4, errorRate: 0.25 }]);
    // A minute apart: one minute bucket each, keyed by the bucket's start.
    const perMinute = await post({
      view: "spans",
      measures: ["count"],
      groupBy: ["time"],
      granularity: "minute",
      filters: llm,
    });
    expect(perMinute.map((row) => row.count)).toEqual([1, 1, 1, 1]);
    for (const row of perMinute) expect(row.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000000Z$/);
  });

  test("names an unknown measure or group in a 400, and needs the secret key", async ({ request }) => {
    const bad = await request.post("/api/public/metrics", {
      headers: OWNER_BEARER,
      data: { ...window(), view: "spans", measures: ["count", "p42"], groupBy: ["colour"] },
    });
    expect(bad.status()).toBe(400);
    const problem = ZProblem.parse(await bad.json());
    expect(problem.error.issues).toEqual([
      { path: "measures.1", message: 'unknown measure "p42"' },
      { path: "groupBy.0", message: 'unknown group "colour"' },
    ]);
    const anonymous = await request.post("/api/public/metrics", {
      data: { ...window(), view: "traces", measures: ["count"] },
    });
    expect(anonymous.status()).toBe(401);
  });

  test("the project route answers members the same rows and hides the project from others", async ({ request }) => {
    const owner = await signInApiClient(E2E_OWNER);
    const projects = (await (await owner.get("/api/projects")).json()) as { projects: { id: string; name: string }[] };
    const projectId = projects.projects.find((project) => project.name === E2E_OWNER.projectName)!.id;
    const body = {
      ...window(),
      view: "traces",
      measures: ["count", "costUsd"],
      groupBy: ["userId"],
      filters: { tags: run },
    };
    const viaSession = await owner.post(`/api/projects/${projectId}/metrics`, { data: body });
    expect(viaSession.status(), await viaSession.text()).toBe(200);
    const viaKey = await request.post("/api/public/metrics", { headers: OWNER_BEARER, data: body });
    expect(await viaSession.json()).toEqual(await viaKey.json());

    const stranger = await signUpApiClient(uniqueAccount("metrics-stranger"));
    expect((await stranger.post(`/api/projects/${projectId}/metrics`, { data: body })).status()).toBe(404);
    const signedOut = await newApiClient();
    expect((await signedOut.post(`/api/projects/${projectId}/metrics`, { data: body })).status()).toBe(401);
    await Promise.all([owner.dispose(), stranger.dispose(), signedOut.dispose()]);
  });
});
