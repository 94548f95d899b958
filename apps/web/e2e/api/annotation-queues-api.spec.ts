import { expect, test } from "@playwright/test";
import {
  ZAddQueueItemsResult,
  ZAgreement,
  ZAnnotationQueue,
  ZAnnotationQueueDetail,
  ZAnnotationQueueList,
  ZComparison,
  ZProblem,
} from "@spanlight/core";
import type { APIRequestContext } from "@playwright/test";
import { bearerAuth, chatTrace, createProjectWithKeys, hexId, sendOtlp, uniqueLabel } from "./explorer-fixtures";
import type { TKeyPair } from "./explorer-fixtures";

async function call(
  request: APIRequestContext,
  options: { method: "get" | "post"; path: string; keys: TKeyPair; data?: unknown; params?: Record<string, string> },
) {
  const response = await request[options.method](options.path, {
    data: options.data,
    params: options.params,
    headers: bearerAuth(options.keys),
  });
  return { status: response.status(), body: (await response.json()) as unknown };
}

async function postScore(request: APIRequestContext, keys: TKeyPair, score: Record<string, unknown>): Promise<void> {
  const response = await request.post("/api/public/scores", { data: score, headers: bearerAuth(keys) });
  expect(response.status(), await response.text()).toBe(201);
}

test.describe("[QUEUES]: annotation queues, agreement and compare through the public API", () => {
  test("creates a queue, fills it from ids and a trace-list filter (duplicates skipped), and reports progress", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("queues-api");
    const tag = uniqueLabel("queue");
    const traces = Array.from({ length: 3 }, (_, index) =>
      chatTrace({
        userId: "u",
        sessionId: "s",
        tags: [tag],
        question: `Q${index}?`,
        answer: `A${index}.`,
        isError: index === 0,
      }),
    );
    for (const trace of traces) await sendOtlp(request, trace.body, keys);

    const config = await request.post("/api/public/score-configs", {
      data: { name: "correct", dataType: "BOOLEAN" },
      headers: bearerAuth(keys),
    });
    expect(config.status(), await config.text()).toBe(201);
    const configId = ((await config.json()) as { id: string }).id;

    const created = await call(request, {
      method: "post",
      path: "/api/public/annotation-queues",
      keys,
      data: { name: "Support answers", description: "Weekly sample", scoreConfigIds: [configId], reviewersPerItem: 2 },
    });
    expect(created.status).toBe(201);
    const queue = ZAnnotationQueue.parse(created.body);
    expect(queue).toMatchObject({
      name: "Support answers",
      scoreConfigIds: [configId],
      reviewersPerItem: 2,
      reviewerUserIds: [],
    });

    const taken = await call(request, {
      method: "post",
      path: "/api/public/annotation-queues",
      keys,
      data: { name: "Support answers" },
    });
    expect(taken.status).toBe(409);

    const itemsPath = `/api/public/annotation-queues/${queue.id}/items`;
    const byFilter = await call(request, {
      method: "post",
      path: itemsPath,
      keys,
      data: { filter: { tags: tag, status: "error" } },
    });
    expect(byFilter.status).toBe(200);
    expect(ZAddQueueItemsResult.parse(byFilter.body)).toEqual({ added: 1, skipped: 0, truncated: false });
    const byIds = await call(request, {
      method: "post",
      path: itemsPath,
      keys,
      data: { traceIds: traces.map((trace) => trace.traceId) },
    });
    expect(byIds.body).toEqual({ added: 2, skipped: 1, truncated: false });
    const bySpan = await call(request, {
      method: "post",
      path: itemsPath,
      keys,
      data: { spans: [{ traceId: traces[1]!.traceId, spanId: traces[1]!.llmSpanId }] },
    });
    expect(bySpan.body).toEqual({ added: 1, skipped: 0, truncated: false });

    const detail = await call(request, { method: "get", path: `/api/public/annotation-queues/${queue.id}`, keys });
    expect(ZAnnotationQueueDetail.parse(detail.body).progress).toEqual({
      items: 4,
      completedItems: 0,
      completedReviews: 0,
      totalReviews: 8,
      reviewers: [],
    });
    const list = await call(request, { method: "get", path: "/api/public/annotation-queues", keys });
    expect(ZAnnotationQueueList.parse(list.body).data).toEqual([
      expect.objectContaining({ id: queue.id, items: 4, completedItems: 0 }),
    ]);

    // Bad input is a clear 400 that names the field, and adds nothing.
    for (const data of [{}, { traceIds: ["a"], filter: {} }, { filter: { status: "broken" } }, { traceIds: [] }]) {
      const refused = await call(request, { method: "post", path: itemsPath, keys, data });
      expect(refused.status).toBe(400);
      expect(ZProblem.parse(refused.body).error.code).toBe("invalid_request");
    }
    const badReviewers = await call(request, {
      method: "post",
      path: "/api/public/annotation-queues",
      keys,
      data: { name: "Nobody", reviewersPerItem: 0 },
    });
    expect(badReviewers.status).toBe(400);
    expect(JSON.stringify(badReviewers.body)).toContain("reviewersPerItem");

    // Another project's key sees no such queue; no key is a 401.
    const other = await createProjectWithKeys("queues-other");
    expect(
      (await call(request, { method: "get", path: `/api/public/annotation-queues/${queue.id}`, keys: other.keys }))
        .status,
    ).toBe(404);
    expect(
      (await call(request, { method: "post", path: itemsPath, keys: other.keys, data: { traceIds: ["x"] } })).status,
    ).toBe(404);
    expect((await request.get("/api/public/annotation-queues")).status()).toBe(401);
  });

  test("agreement between two raters matches the hand-computed alpha, kappas and percent agreement", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("agreement-api");
    const name = uniqueLabel("relevant");
    // 10 targets, two raters: both yes 4, both no 3, A yes/B no 2, A no/B yes 1.
    const pairs: [boolean, boolean][] = [
      ...Array<[boolean, boolean]>(4).fill([true, true]),
      ...Array<[boolean, boolean]>(3).fill([false, false]),
      ...Array<[boolean, boolean]>(2).fill([true, false]),
      [false, true],
    ];
    const traceIds = pairs.map(() => hexId(16));
    for (const [index, [a, b]] of pairs.entries()) {
      await postScore(request, keys, { traceId: traceIds[index], name, value: a, authorId: "rater-a" });
      await postScore(request, keys, { traceId: traceIds[index], name, value: b, authorId: "rater-b" });
    }
    // A lone rating on an eleventh target does not count anywhere.
    await postScore(request, keys, { traceId: hexId(16), name, value: true, authorId: "rater-c" });

    const answer = await call(request, { method: "get", path: "/api/public/scores/agreement", keys, params: { name } });
    expect(answer.status).toBe(200);
    const agreement = ZAgreement.parse(answer.body);
    expect(agreement).toMatchObject({
      name,
      dataType: "BOOLEAN",
      level: "nominal",
      targets: 10,
      raters: 2,
      ratings: 20,
    });
    expect(agreement.percentAgreement).toBeCloseTo(0.7, 10);
    // Cohen: po 0.7, pe 0.6·0.5 + 0.4·0.5 = 0.5 → 0.4. Krippendorff nominal: 1 − 19·6/(2·11·9) = 0.4242…
    // Fleiss: P̄ 0.7, Pe 0.55² + 0.45² = 0.505 → 0.195/0.495.
    expect(agreement.cohenKappa).toBeCloseTo(0.4, 10);
    expect(agreement.krippendorffAlpha).toBeCloseTo(1 - 114 / 198, 10);
    expect(agreement.fleissKappa).toBeCloseTo(0.195 / 0.495, 10);
    expect(agreement.disagreements).toHaveLength(3);
    expect(agreement.disagreements[0]).toEqual({
      traceId: traceIds[7],
      spanId: null,
      sessionId: null,
      values: [
        { author: "rater-a", value: true },
        { author: "rater-b", value: false },
      ],
    });

    const missing = await call(request, {
      method: "get",
      path: "/api/public/scores/agreement",
      keys,
      params: { name: "nothing-here" },
    });
    expect(missing.body).toMatchObject({ targets: 0, dataType: null, krippendorffAlpha: null });
    const noName = await call(request, { method: "get", path: "/api/public/scores/agreement", keys });
    expect(noName.status).toBe(400);
    const badLevel = await call(request, {
      method: "get",
      path: "/api/public/scores/agreement",
      keys,
      params: { name, level: "cardinal" },
    });
    expect(badLevel.status).toBe(400);
  });

  test("compare: a judge against people, with the confusion matrix, per-version split and the majority rule", async ({
    request,
  }) => {
    const { keys } = await createProjectWithKeys("compare-api");
    const judge = uniqueLabel("judge-correct");
    const human = uniqueLabel("human-correct");
    const people = [true, true, true, false, false, false];
    const v1 = [true, true, false, false, false, true];
    const traceIds = people.map(() => hexId(16));
    for (const [index, traceId] of traceIds.entries()) {
      await postScore(request, keys, { traceId, name: human, value: people[index], authorId: "reviewer" });
      await postScore(request, keys, { traceId, name: judge, value: v1[index], authorId: "judge-v1", source: "EVAL" });
      await postScore(request, keys, {
        traceId,
        name: judge,
        value: people[index],
        authorId: "judge-v2",
        source: "EVAL",
      });
    }

    const onlyV1 = await call(request, {
      method: "get",
      path: "/api/public/scores/compare",
      keys,
      params: { a: judge, b: human, aAuthorId: "judge-v1", aSource: "EVAL" },
    });
    expect(onlyV1.status).toBe(200);
    const comparison = ZComparison.parse(onlyV1.body);
    expect(comparison).toMatchObject({
      n: 6,
      dataType: "BOOLEAN",
      pearson: null,
      spearman: null,
      meanAbsoluteError: null,
    });
    expect(comparison.confusion).toEqual({
      labels: ["false", "true"],
      matrix: [
        [2, 1],
        [1, 2],
      ],
    });
    expect(comparison.accuracy).toBeCloseTo(4 / 6, 10);
    expect(comparison.cohenKappa).toBeCloseTo(1 / 3, 10);
    expect(comparison.worst).toEqual([
      { traceId: traceIds[2], spanId: null, a: false, b: true },
      { traceId: traceIds[5], spanId: null, a: true, b: false },
    ]);

    // Both versions on side a: v1 and v2 tie on targets 3 and 6, which drop out (no majority).
    const both = ZComparison.parse(
      (await call(request, { method: "get", path: "/api/public/scores/compare", keys, params: { a: judge, b: human } }))
        .body,
    );
    expect(both).toMatchObject({ n: 4, accuracy: 1 });
    expect(both.byAuthor).toEqual([
      {
        authorId: "judge-v1",
        n: 6,
        accuracy: expect.closeTo(4 / 6, 10),
        cohenKappa: expect.closeTo(1 / 3, 10),
        pearson: null,
      },
      { authorId: "judge-v2", n: 6, accuracy: 1, cohenKappa: 1, pearson: null },
    ]);
    expect(
      (await call(request, { method: "get", path: "/api/public/scores/compare", keys, params: { a: judge } })).status,
    ).toBe(400);
  });
});
