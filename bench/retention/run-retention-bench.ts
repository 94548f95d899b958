// Retention benchmark: seeds two days of the explorer benchmark's shape (~143 k traces/day, 10 spans
// each) into a throw-away embedded PostgreSQL, then measures in the same run (1) span-writer ingest
// throughput alone and (2) the retention job dropping the older day while the same ingest load runs.
// Usage: npx tsx bench/retention/run-retention-bench.ts [--traces-per-day 143000] [--ingest-seconds 30]
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { resetServerConfig } from "@spanlight/core/server";
import { closeDb, getPool, removeTracesInBatches, SpanWriter } from "@spanlight/db";
import type { TSpanRow } from "@spanlight/db";
import { makeSpanRow } from "../../packages/db/src/ingest/span-row.fixture.ts";
import { startExplorerDatabase } from "../explorer/database.ts";
import { seedTraces } from "../explorer/seed.ts";
import { readMachineInfo } from "../lib/machine-info.ts";
import { percentile, round } from "../lib/stats.ts";

const { values: args } = parseArgs({
  options: {
    "traces-per-day": { type: "string", default: "143000" },
    "spans-per-trace": { type: "string", default: "10" },
    "seed-seconds": { type: "string", default: "1200" },
    "ingest-seconds": { type: "string", default: "30" },
    "batch-size": { type: "string", default: "500" },
    out: { type: "string", default: "bench/results/retention.md" },
  },
});
const PROJECT_ID = "explorer-bench";
const DAY_MS = 24 * 60 * 60 * 1000;
const SPANS_PER_REQUEST = 100;
const CONCURRENT_REQUESTS = 4;
const PAYLOAD = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(1_000) }] });
const log = (message: string) => console.log(`[retention ${new Date().toISOString().slice(11, 19)}] ${message}`);

type TIngest = { spans: number; seconds: number; latenciesMs: number[] };

/** What an OTLP exporter's batches look like to the writer: 100 spans of new traces, 4 requests at a time. */
async function ingestWhile(writer: SpanWriter, isRunning: () => boolean): Promise<TIngest> {
  const startedAt = performance.now();
  const latenciesMs: number[] = [];
  let spans = 0;
  const worker = async () => {
    while (isRunning()) {
      const traceId = randomBytes(16).toString("hex");
      const nowNs = BigInt(Date.now()) * 1_000_000n;
      const rows: TSpanRow[] = Array.from({ length: SPANS_PER_REQUEST }, (_, index) =>
        makeSpanRow({
          projectId: PROJECT_ID,
          traceId,
          spanId: randomBytes(8).toString("hex"),
          name: index === 0 ? "agent-run" : "llm-call",
          kind: index === 0 ? "AGENT" : "LLM",
          startUnixNano: nowNs + BigInt(index) * 1_000n,
          endUnixNano: nowNs + BigInt(index) * 1_000n + 500_000_000n,
          inputJson: PAYLOAD,
          inputPreview: "x".repeat(200),
          sizeBytes: 1_400,
        }),
      );
      const requestStartedAt = performance.now();
      await writer.write(rows);
      latenciesMs.push(performance.now() - requestStartedAt);
      spans += rows.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, worker));
  return { spans, seconds: (performance.now() - startedAt) / 1000, latenciesMs };
}

async function countBefore(cutoff: Date): Promise<{ traces: number; spans: number }> {
  const result = await getPool().query<{ traces: string; spans: string }>(
    `SELECT count(*) AS traces, coalesce(sum(span_count), 0) AS spans FROM trace WHERE project_id = $1 AND start_time < $2`,
    [PROJECT_ID, cutoff],
  );
  return { traces: Number(result.rows[0]?.traces), spans: Number(result.rows[0]?.spans) };
}

async function main(): Promise<void> {
  const machine = readMachineInfo();
  const startedAt = new Date().toISOString();
  const nowMs = Date.now();
  const database = await startExplorerDatabase({ keepData: false });
  try {
    process.env.DATABASE_URL = database.databaseUrl;
    resetServerConfig();
    await getPool().query(`INSERT INTO project (id, name, updated_at) VALUES ($1, 'bench', now())`, [PROJECT_ID]);
    const perDay = Number(args["traces-per-day"]);
    const seed = await seedTraces({
      databaseUrl: database.databaseUrl,
      projectId: PROJECT_ID,
      traces: perDay * 2,
      spansPerTrace: Number(args["spans-per-trace"]),
      nowMs,
      spreadDays: 2,
      budgetMs: Number(args["seed-seconds"]) * 1000,
      log,
    });
    log(
      `seeded ${seed.traces} traces / ${seed.spans} spans (COPY ${round(seed.copySeconds)} s, indexes ${round(seed.indexSeconds)} s)`,
    );
    const sizeBefore = await getPool().query<{ mb: string }>(
      `SELECT pg_database_size(current_database()) / 1048576 AS mb`,
    );

    const writer = new SpanWriter({ pool: getPool() });
    const ingestMs = Number(args["ingest-seconds"]) * 1000;
    log(`baseline: ingest alone for ${args["ingest-seconds"]} s`);
    const baselineEnd = performance.now() + ingestMs;
    const baseline = await ingestWhile(writer, () => performance.now() < baselineEnd);

    const cutoff = new Date(nowMs - DAY_MS);
    const doomed = await countBefore(cutoff);
    log(`dropping the older day (${doomed.traces} traces, ${doomed.spans} spans) while ingesting`);
    let isDeleting = true;
    const deleteStartedAt = performance.now();
    const deletion = removeTracesInBatches({
      projectId: PROJECT_ID,
      before: cutoff,
      batchSize: Number(args["batch-size"]),
    }).finally(() => {
      isDeleting = false;
    });
    const during = await ingestWhile(writer, () => isDeleting);
    const removed = await deletion;
    const deleteSeconds = (performance.now() - deleteStartedAt) / 1000;
    await writer.drain();
    const sizeAfter = await getPool().query<{ mb: string }>(
      `SELECT pg_database_size(current_database()) / 1048576 AS mb`,
    );

    const rate = (run: TIngest) => round(run.spans / run.seconds);
    const report = [
      "# Retention benchmark",
      "",
      `Run ${startedAt} with \`npx tsx bench/retention/run-retention-bench.ts --traces-per-day ${perDay} --ingest-seconds ${args["ingest-seconds"]} --batch-size ${args["batch-size"]}\`.`,
      "",
      `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.kernel}, Node ${machine.node}; load average at start ${machine.loadAverage} (shared with other engineers' builds and tests, so absolute numbers drift; the two phases ran back to back in one process).`,
      "",
      "Data: the explorer benchmark's generator (bench/explorer), start times spread over the last 2 days, embedded PostgreSQL 18 with default settings, migrations applied.",
      "",
      `| | value |`,
      `| --- | --- |`,
      `| Seeded | ${seed.traces.toLocaleString("en-US")} traces, ${seed.spans.toLocaleString("en-US")} spans${seed.isCut ? " (cut by the seed time budget)" : ""}; database ${sizeBefore.rows[0]?.mb} MB |`,
      `| Older day removed | ${removed.traces.toLocaleString("en-US")} traces, ${removed.spans.toLocaleString("en-US")} spans in ${round(deleteSeconds, 1)} s (${round(removed.spans / deleteSeconds).toLocaleString("en-US")} spans/s, batches of ${args["batch-size"]} traces, 20 ms apart) |`,
      `| Ingest alone | ${rate(baseline).toLocaleString("en-US")} spans/s over ${round(baseline.seconds, 1)} s; request p50 ${round(percentile(baseline.latenciesMs, 50))} ms, p99 ${round(percentile(baseline.latenciesMs, 99))} ms |`,
      `| Ingest while deleting | ${rate(during).toLocaleString("en-US")} spans/s over ${round(during.seconds, 1)} s (${round((rate(during) / rate(baseline)) * 100)}% of alone); request p50 ${round(percentile(during.latenciesMs, 50))} ms, p99 ${round(percentile(during.latenciesMs, 99))} ms |`,
      `| Database after | ${sizeAfter.rows[0]?.mb} MB (DELETE frees space for reuse, not to the OS, until VACUUM FULL) |`,
      "",
      "Ingest is the span writer (packages/db/src/ingest) fed 100-span requests of new traces, 4 at a time, as OTLP batches reach it; it does not include HTTP decoding, which the ingestion benchmark measures.",
      "",
    ].join("\n");
    writeFileSync(args.out, report);
    console.log(report);
  } finally {
    await closeDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
