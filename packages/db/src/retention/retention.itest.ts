import { setTimeout as sleep } from "node:timers/promises";
import { getServerConfig } from "@spanlight/core/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, getPool } from "../client.ts";
import { makeSpanRow } from "../ingest/span-row.fixture.ts";
import { SpanWriter } from "../ingest/span-writer.ts";
import { startJobRunner } from "../jobs/job-runner.ts";
import { deleteProject } from "../projects/delete-project.ts";
import { seedProjectWithKey } from "../testing/seed.ts";
import { getRetention, setRetentionDays } from "./manage-retention.ts";
import { purgeDeletedProjects, runRetentionSweep } from "./run-retention-sweep.ts";

const NOW = new Date("2026-12-04T12:00:00Z");
const DAY_NS = 86_400_000_000_000n;

/** `traces` traces of `spansEach` spans, each starting `ageDays` before NOW. */
function rows(projectId: string, options: { prefix: string; traces: number; spansEach: number; ageDays: number }) {
  const start = BigInt(NOW.getTime()) * 1_000_000n - BigInt(options.ageDays) * DAY_NS;
  return Array.from({ length: options.traces }, (_, t) =>
    Array.from({ length: options.spansEach }, (_, s) =>
      makeSpanRow({
        projectId,
        traceId: `${options.prefix}${String(t).padStart(30, "0")}`,
        spanId: `${String(s + 1).padStart(16, "0")}`,
        parentSpanId: s === 0 ? null : "0000000000000001",
        startUnixNano: start + BigInt(t) * 1_000_000n,
        endUnixNano: start + BigInt(t) * 1_000_000n + 500_000n,
      }),
    ),
  ).flat();
}

async function counts(projectId: string) {
  const result = await getPool().query<{ traces: string; spans: string; scores: string }>(
    `SELECT (SELECT count(*) FROM trace WHERE project_id = $1) AS traces,
            (SELECT count(*) FROM span WHERE project_id = $1) AS spans,
            (SELECT count(*) FROM score WHERE project_id = $1) AS scores`,
    [projectId],
  );
  const row = result.rows[0];
  return { traces: Number(row?.traces), spans: Number(row?.spans), scores: Number(row?.scores) };
}

async function scoreTrace(projectId: string, traceId: string) {
  await getDb().score.create({
    data: {
      projectId,
      id: `score-${traceId}`,
      traceId,
      name: "quality",
      dataType: "NUMERIC",
      numericValue: 1,
      source: "API",
    },
  });
}

describe("[LIFECYCLE] retention and project deletion", () => {
  let writer: SpanWriter;

  beforeAll(() => {
    writer = new SpanWriter({ pool: getPool() });
  });
  afterAll(async () => {
    await writer.drain();
    await closeDb();
  });

  it("removes traces older than the project's retention with their spans and scores, in batches, and records the run", async () => {
    const { project } = await seedProjectWithKey();
    const { project: other } = await seedProjectWithKey();
    await writer.write(rows(project.id, { prefix: "a0", traces: 7, spansEach: 3, ageDays: 40 }));
    await writer.write(rows(project.id, { prefix: "b0", traces: 4, spansEach: 2, ageDays: 10 }));
    await writer.write(rows(other.id, { prefix: "a0", traces: 5, spansEach: 2, ageDays: 40 }));
    await scoreTrace(project.id, `a0${"0".repeat(30)}`);
    await scoreTrace(project.id, `b0${"0".repeat(30)}`);
    expect(await counts(project.id)).toEqual({ traces: 11, spans: 29, scores: 2 });

    await setRetentionDays({ projectId: project.id, days: 30 });
    // A batch of 3 traces takes three full batches and one short one: every batch commits by itself.
    const report = await runRetentionSweep({ now: NOW, batchSize: 3, pauseMs: 0 });

    expect(report.projects.find((entry) => entry.projectId === project.id)).toMatchObject({
      removedTraces: 7,
      removedSpans: 21,
      error: null,
    });
    expect(await counts(project.id)).toEqual({ traces: 4, spans: 8, scores: 1 });
    // No retention set: the other project keeps everything, however old.
    expect(await counts(other.id)).toEqual({ traces: 5, spans: 10, scores: 0 });

    const retention = await getRetention(project.id);
    expect(retention.days).toBe(30);
    expect(retention.lastRun).toMatchObject({ at: NOW, removedTraces: 7, removedSpans: 21, error: null });
    expect(retention.lastRun?.durationMs).toBeGreaterThanOrEqual(0);

    // A second pass finds nothing more to remove and says so.
    await runRetentionSweep({ now: NOW, projectId: project.id });
    expect((await getRetention(project.id)).lastRun).toMatchObject({ removedTraces: 0, removedSpans: 0 });
  });

  it("deletes a project at once and purges its traces, spans and scores in the background, leaving others alone", async () => {
    const { project, key } = await seedProjectWithKey();
    const { project: other } = await seedProjectWithKey();
    await writer.write(rows(project.id, { prefix: "c0", traces: 6, spansEach: 4, ageDays: 1 }));
    await writer.write(rows(other.id, { prefix: "c0", traces: 2, spansEach: 4, ageDays: 1 }));
    await scoreTrace(project.id, `c0${"0".repeat(30)}`);
    await getDb().invitation.create({
      data: {
        projectId: project.id,
        email: "x@spanlight.test",
        role: "VIEWER",
        tokenHash: `hash-${project.id}`,
        expiresAt: NOW,
      },
    });

    await deleteProject(project.id);
    expect(await getDb().project.findUnique({ where: { id: project.id } })).toBeNull();
    // Keys, memberships, invitations and scores go with the row (foreign keys), so the keys stop at once.
    expect(await getDb().apiKey.findUnique({ where: { id: key.id } })).toBeNull();
    expect(await getDb().membership.count({ where: { projectId: project.id } })).toBe(0);
    expect(await getDb().invitation.count({ where: { projectId: project.id } })).toBe(0);
    expect((await counts(project.id)).scores).toBe(0);
    expect(await getDb().projectPurge.findUnique({ where: { projectId: project.id } })).not.toBeNull();

    expect(await purgeDeletedProjects({ batchSize: 4, pauseMs: 0 })).toBeGreaterThanOrEqual(1);
    expect(await counts(project.id)).toEqual({ traces: 0, spans: 0, scores: 0 });
    expect(await getDb().projectPurge.findUnique({ where: { projectId: project.id } })).toBeNull();
    expect(await counts(other.id)).toEqual({ traces: 2, spans: 8, scores: 0 });
  });

  it("runs a requested pass as a pg-boss job kept in PostgreSQL", async () => {
    const { project } = await seedProjectWithKey();
    const ageDays = Math.ceil((Date.now() - NOW.getTime()) / 86_400_000) + 40;
    await writer.write(rows(project.id, { prefix: "d0", traces: 3, spansEach: 2, ageDays }));
    await setRetentionDays({ projectId: project.id, days: 30 });
    const errors: Error[] = [];
    const runner = await startJobRunner({
      connectionString: getServerConfig().databaseUrl ?? "",
      onError: (error) => errors.push(error),
    });
    try {
      await runner.requestRetentionRun(project.id);
      const deadline = Date.now() + 30_000;
      while (!(await getRetention(project.id)).lastRun && Date.now() < deadline) await sleep(250);
      expect((await getRetention(project.id)).lastRun).toMatchObject({
        removedTraces: 3,
        removedSpans: 6,
        error: null,
      });
      const jobs = await getPool().query(
        `SELECT state FROM pgboss.job WHERE name = 'retention' AND data->>'projectId' = $1`,
        [project.id],
      );
      expect(jobs.rows.map((row: { state: string }) => row.state)).toContain("completed");
    } finally {
      await runner.stop();
    }
    expect(errors).toEqual([]);
  });
});
