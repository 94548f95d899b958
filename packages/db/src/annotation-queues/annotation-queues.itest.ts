import { randomUUID } from "node:crypto";
import { ZAnnotationQueueDetail, ZCreateAnnotationQueue, ZQueueDisagreement, ZQueueItem } from "@spanlight/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getPool } from "../client.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { FIXED_HOUR_MS, hexId, isoAt, traceRows } from "../traces/trace-rows.fixture.ts";
import { createUserWithPassword } from "../users/create-user-with-password.ts";
import { addQueueItems } from "./add-queue-items.ts";
import { claimNextQueueItem } from "./claim-next-queue-item.ts";
import { createAnnotationQueue } from "./create-annotation-queue.ts";
import { finishQueueReview } from "./finish-queue-review.ts";
import { getAnnotationQueue } from "./get-annotation-queue.ts";
import { getQueueItem, listReviewerHistory } from "./get-queue-item.ts";
import { listAnnotationQueues } from "./list-annotation-queues.ts";
import { listCompletedQueueTraceIds } from "./list-completed-queue-traces.ts";
import { listQueueDisagreements } from "./list-queue-disagreements.ts";
import { listQueueItemScores } from "./list-queue-item-scores.ts";

const MINUTE = 60_000;

describe("[QUEUES] annotation queues", () => {
  let projectId: string;
  let owner: string;
  let alice: string;
  let bob: string;
  let viewer: string;

  async function addMember(role: "MEMBER" | "VIEWER"): Promise<string> {
    const user = await createUserWithPassword({
      email: `${randomUUID()}@spanlight.test`,
      name: `User ${role}`,
      passwordHash: "unusable",
    });
    await getDb().membership.create({ data: { projectId, userId: user.id, role } });
    return user.id;
  }

  const newQueue = (input: Record<string, unknown> = {}) =>
    createAnnotationQueue({
      projectId,
      createdBy: owner,
      input: ZCreateAnnotationQueue.parse({ name: `Queue ${randomUUID().slice(0, 6)}`, ...input }),
    });

  beforeAll(async () => {
    const seeded = await seedProjectWithKey();
    projectId = seeded.project.id;
    owner = seeded.user.id;
    alice = await addMember("MEMBER");
    bob = await addMember("MEMBER");
    viewer = await addMember("VIEWER");
  });
  afterAll(async () => {
    await closeDb();
  });

  it("creates a queue with configs and reviewers, refuses unknown ones, viewers and a taken name", async () => {
    const config = await getDb().scoreConfig.create({
      data: { projectId, name: `helpful-${randomUUID()}`, dataType: "BOOLEAN" },
    });
    const queue = await newQueue({
      name: "Support answers",
      scoreConfigIds: [config.id],
      reviewersPerItem: 2,
      reviewerUserIds: [alice, bob],
    });
    expect(queue).toMatchObject({ name: "Support answers", scoreConfigIds: [config.id], reviewersPerItem: 2 });
    expect(queue.reviewerUserIds.sort()).toEqual([alice, bob].sort());
    await expect(newQueue({ name: "Support answers" })).rejects.toMatchObject({ status: 409 });
    await expect(newQueue({ scoreConfigIds: ["nope"] })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("scoreConfigIds"),
    });
    await expect(newQueue({ reviewerUserIds: [viewer] })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("reviewerUserIds"),
    });

    const other = await seedProjectWithKey();
    expect((await listAnnotationQueues({ projectId: other.project.id })).length).toBe(0);
    await expect(getAnnotationQueue({ projectId: other.project.id, queueId: queue.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("adds trace ids, spans and a trace-list filter, skipping what is already queued", async () => {
    const queue = await newQueue();
    const writer = new SpanWriter({ pool: getPool() });
    const errorIds: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const traceId = hexId(16);
      await writer.write(
        traceRows(projectId, {
          traceId,
          startMs: FIXED_HOUR_MS + index * MINUTE,
          isError: index % 2 === 0,
          tags: ["queue-test"],
        }),
      );
      if (index % 2 === 0) errorIds.push(traceId);
    }
    const window = { from: isoAt(FIXED_HOUR_MS), to: isoAt(FIXED_HOUR_MS + 60 * MINUTE) };

    const byFilter = await addQueueItems({
      projectId,
      queueId: queue.id,
      input: { filter: { ...window, status: "error", tags: "queue-test" } },
    });
    expect(byFilter).toEqual({ added: 2, skipped: 0, truncated: false });
    const again = await addQueueItems({
      projectId,
      queueId: queue.id,
      input: { traceIds: [...errorIds, "late-trace", "late-trace"] },
    });
    expect(again).toEqual({ added: 1, skipped: 3, truncated: false });
    const spans = await addQueueItems({
      projectId,
      queueId: queue.id,
      input: { spans: [{ traceId: errorIds[0]!, spanId: "abc" }] },
    });
    expect(spans).toEqual({ added: 1, skipped: 0, truncated: false });

    const detail = ZAnnotationQueueDetail.parse(await getAnnotationQueue({ projectId, queueId: queue.id }));
    expect(detail.progress).toMatchObject({ items: 4, completedItems: 0, completedReviews: 0, totalReviews: 4 });
    // Served in the order added: the filter's newest first, then the pasted id, then the span.
    const first = await claimNextQueueItem({ projectId, queueId: queue.id, userId: alice });
    expect(first?.traceId).toBe(errorIds[1]);
  });

  it("locks a slot per reviewer: two reviewers per item, never the same item twice, expired locks free the slot", async () => {
    const queue = await newQueue({ reviewersPerItem: 2 });
    await addQueueItems({ projectId, queueId: queue.id, input: { traceIds: ["t1", "t2"] } });
    const claim = (userId: string) => claimNextQueueItem({ projectId, queueId: queue.id, userId });

    const aliceFirst = ZQueueItem.parse(await claim(alice));
    expect(aliceFirst).toMatchObject({ traceId: "t1", status: "IN_PROGRESS" });
    expect(Date.parse(aliceFirst.lockedUntil!)).toBeGreaterThan(Date.now() + 5 * MINUTE);
    expect((await claim(alice))?.id).toBe(aliceFirst.id); // a live lock is resumed, not a second item
    expect((await claim(bob))?.traceId).toBe("t1"); // second slot of t1
    expect((await claim(owner))?.traceId).toBe("t2"); // t1's two slots are held

    await finishQueueReview({
      projectId,
      queueId: queue.id,
      itemId: aliceFirst.id,
      userId: alice,
      status: "COMPLETED",
    });
    expect((await claim(alice))?.traceId).toBe("t2");
    await finishQueueReview({
      projectId,
      queueId: queue.id,
      itemId: aliceFirst.id,
      userId: alice,
      status: "COMPLETED",
    }); // no-op
    await expect(
      finishQueueReview({ projectId, queueId: queue.id, itemId: aliceFirst.id, userId: alice, status: "SKIPPED" }),
    ).rejects.toMatchObject({ status: 409 });

    // Bob's lock on t1 runs out: the slot is free for the next reviewer, and Bob lost it.
    await getPool().query(
      `UPDATE annotation_queue_review SET locked_until = now() - interval '1 second' WHERE user_id = $1 AND queue_id = $2`,
      [bob, queue.id],
    );
    const progress = await getAnnotationQueue({ projectId, queueId: queue.id });
    expect(progress.progress.reviewers.find((reviewer) => reviewer.userId === bob)).toMatchObject({
      inProgress: 0,
      completed: 0,
    });
    const third = await createUserWithPassword({
      email: `${randomUUID()}@spanlight.test`,
      name: "Third",
      passwordHash: "x",
    });
    expect((await claim(third.id))?.traceId).toBe("t1");
    const t1 = aliceFirst.id;
    await finishQueueReview({ projectId, queueId: queue.id, itemId: t1, userId: third.id, status: "COMPLETED" });
    await expect(
      finishQueueReview({ projectId, queueId: queue.id, itemId: t1, userId: bob, status: "COMPLETED" }),
    ).rejects.toMatchObject({ status: 409 });

    const detail = await getAnnotationQueue({ projectId, queueId: queue.id });
    expect(detail.progress).toMatchObject({ items: 2, completedItems: 1, completedReviews: 2, totalReviews: 4 });
    expect(await listReviewerHistory({ projectId, queueId: queue.id, userId: alice })).toEqual([
      expect.objectContaining({ id: t1, status: "COMPLETED" }),
    ]);
    // Only t1 has its two completed reviews: t2 is still in Alice's hands.
    expect(await listCompletedQueueTraceIds({ projectId, queueId: queue.id, limit: 10 })).toEqual(["t1"]);
  });

  it("two reviewers racing for the last free slot: exactly one gets it", async () => {
    for (let round = 0; round < 10; round += 1) {
      const queue = await newQueue();
      await addQueueItems({ projectId, queueId: queue.id, input: { traceIds: ["only"] } });
      const [a, b] = await Promise.all([
        claimNextQueueItem({ projectId, queueId: queue.id, userId: alice }),
        claimNextQueueItem({ projectId, queueId: queue.id, userId: bob }),
      ]);
      expect([a, b].filter((item) => item !== null)).toHaveLength(1);
      const held = await getPool().query(`SELECT count(*)::int AS n FROM annotation_queue_review WHERE queue_id = $1`, [
        queue.id,
      ]);
      expect(held.rows[0].n).toBe(1);
    }
  });

  it("skips free the slot, assigned reviewers only, and a reviewer never sees an item again", async () => {
    const queue = await newQueue({ reviewerUserIds: [alice, bob] });
    await addQueueItems({ projectId, queueId: queue.id, input: { traceIds: ["s1"] } });
    const item = await claimNextQueueItem({ projectId, queueId: queue.id, userId: alice });
    expect(await claimNextQueueItem({ projectId, queueId: queue.id, userId: bob })).toBeNull();
    await finishQueueReview({ projectId, queueId: queue.id, itemId: item!.id, userId: alice, status: "SKIPPED" });
    expect(await claimNextQueueItem({ projectId, queueId: queue.id, userId: alice })).toBeNull();
    expect((await claimNextQueueItem({ projectId, queueId: queue.id, userId: bob }))?.id).toBe(item!.id);
    await expect(claimNextQueueItem({ projectId, queueId: queue.id, userId: owner })).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      finishQueueReview({ projectId, queueId: queue.id, itemId: item!.id, userId: owner, status: "COMPLETED" }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect((await getQueueItem({ projectId, queueId: queue.id, itemId: item!.id, userId: owner })).status).toBeNull();
  });

  it("lists an item's scores (own only, for blind review) and where reviewers disagree, with the adjudicated value", async () => {
    const queue = await newQueue({ reviewersPerItem: 2 });
    await addQueueItems({ projectId, queueId: queue.id, input: { traceIds: ["d1", "d2"] } });
    const items = await getPool().query<{ id: string; trace_id: string }>(
      `SELECT id, trace_id FROM annotation_queue_item WHERE queue_id = $1 ORDER BY created_at`,
      [queue.id],
    );
    const score = (traceId: string, userId: string, label: string, isAdjudicated = false) =>
      getDb().score.create({
        data: {
          projectId,
          id: randomUUID(),
          traceId,
          name: "tone",
          dataType: "CATEGORICAL",
          stringValue: label,
          source: "ANNOTATION",
          authorUserId: userId,
          queueId: queue.id,
          isAdjudicated,
        },
      });
    await score("d1", alice, "polite");
    await score("d1", bob, "rude");
    await score("d2", alice, "polite");
    await score("d2", bob, "polite");

    const d1 = items.rows[0]!.id;
    expect(
      (await listQueueItemScores({ projectId, queueId: queue.id, itemId: d1, onlyAuthor: alice })).map(
        (row) => row.value,
      ),
    ).toEqual(["polite"]);
    expect(
      (await listQueueItemScores({ projectId, queueId: queue.id, itemId: d1 })).map((row) => row.value).sort(),
    ).toEqual(["polite", "rude"]);

    const before = await listQueueDisagreements({ projectId, queueId: queue.id });
    expect(before.map((row) => ZQueueDisagreement.parse(row))).toEqual([
      expect.objectContaining({ itemId: d1, traceId: "d1", name: "tone", adjudicated: null }),
    ]);
    expect(before[0]!.values.map((value) => value.value).sort()).toEqual(["polite", "rude"]);
    await score("d1", owner, "rude", true);
    expect((await listQueueDisagreements({ projectId, queueId: queue.id }))[0]).toMatchObject({ adjudicated: "rude" });
  });
});
