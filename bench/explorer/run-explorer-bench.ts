// Trace explorer benchmark: seeds traces with COPY (the SpanWriter's format) into a throw-away embedded
// PostgreSQL and times the explorer's queries and the big trace page. Usage:
// npx tsx bench/explorer/run-explorer-bench.ts [--traces 1000000] [--spans-per-trace 10] [--seed-seconds 720] [--keep-data] [--skip-browser]
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { readMachineInfo } from "../lib/machine-info.ts";
import { descendantsOf, machineBusySeconds } from "../lib/proc-stats.ts";
import { measureTracePages } from "./browser.ts";
import type { TPageResult } from "./browser.ts";
import { startExplorerDatabase } from "./database.ts";
import type { TExplorerDatabase } from "./database.ts";
import { measureQueries } from "./explorer-queries.ts";
import { seedBigTrace, seedTraces } from "./seed.ts";
import type { TSeedResult } from "./seed.ts";
import { writeReport } from "./write-report.ts";
import type { TTableSizes } from "./write-report.ts";

const { values: args } = parseArgs({
  options: {
    traces: { type: "string", default: "1000000" },
    "spans-per-trace": { type: "string", default: "10" },
    "seed-seconds": { type: "string", default: "720" },
    "keep-data": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    /** Measure a database an earlier run seeded and kept (--keep-data), without seeding again. */
    "database-url": { type: "string" },
    out: { type: "string", default: "bench/results/explorer.md" },
  },
});
const PROJECT_ID = "explorer-bench";
const BIG_TRACE_SPANS = 20_000;
const HUGE_TRACE_SPANS = 100_000;
const log = (message: string) => console.log(`[explorer ${new Date().toISOString().slice(11, 19)}] ${message}`);

function cpuSeconds(): number {
  const own = process.cpuUsage();
  const postgres = descendantsOf(process.pid).filter((proc) => proc.name.startsWith("postgres"));
  return (own.user + own.system) / 1e6 + postgres.reduce((total, proc) => total + proc.cpuSeconds + proc.reapedChildrenCpuSeconds, 0);
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = readMachineInfo();
  const nowMs = Date.now();
  let database: TExplorerDatabase | null = null;
  const stopDatabase = async () => {
    const running = database;
    database = null;
    if (running) await running.stop();
  };
  process.once("SIGINT", () => void stopDatabase().finally(() => process.exit(130)));
  try {
    const reused = args["database-url"];
    let seed: TSeedResult;
    let bigTraces: { spans20k: string; spans100k: string };
    let databaseUrl: string;
    if (reused) {
      databaseUrl = reused;
      ({ seed, bigTraces } = await readSeeded(databaseUrl));
      log(`reusing a seeded database: ${seed.traces} traces`);
    } else {
      database = await startExplorerDatabase({ keepData: args["keep-data"] });
      databaseUrl = database.databaseUrl;
      log(`embedded PostgreSQL in ${database.dataDir}`);
      bigTraces = { spans20k: randomBytes(16).toString("hex"), spans100k: randomBytes(16).toString("hex") };
      const big = bigTraces;
      seed = await seedTraces({
        databaseUrl,
        projectId: PROJECT_ID,
        traces: Number(args.traces),
        spansPerTrace: Number(args["spans-per-trace"]),
        nowMs,
        budgetMs: Number(args["seed-seconds"]) * 1000,
        log,
        // Before the indexes are rebuilt: the trigram index is built once rather than grown span by span.
        beforeRebuild: async () => {
          await seedBigTrace({ databaseUrl, projectId: PROJECT_ID, traceId: big.spans20k, spanCount: BIG_TRACE_SPANS, nowMs });
          await seedBigTrace({ databaseUrl, projectId: PROJECT_ID, traceId: big.spans100k, spanCount: HUGE_TRACE_SPANS, nowMs });
        },
      });
    }
    const facts = await readFacts(databaseUrl);
    log(`${facts.tracesLast24h} traces in the last 24 h, database ${Math.round(facts.databaseSizeMb)} MB`);
    const busyBefore = machineBusySeconds();
    const ownBefore = cpuSeconds();
    const queryStartedAt = performance.now();
    const { timings, memory } = await measureQueries({ databaseUrl, projectId: PROJECT_ID, bigTraces, log });
    const wall = (performance.now() - queryStartedAt) / 1000;
    const otherCores = Math.max(0, machineBusySeconds() - busyBefore - (cpuSeconds() - ownBefore)) / wall;
    let pages: TPageResult[] | string = "skipped (--skip-browser)";
    if (!args["skip-browser"]) {
      const traces = [
        { label: "20,000-span trace", traceId: bigTraces.spans20k },
        { label: "100,000-span trace", traceId: bigTraces.spans100k },
      ];
      pages = await measureTracePages({ databaseUrl, projectId: PROJECT_ID, traces, log }).catch(
        (error: unknown) => `failed: ${String(error).split("\n")[0]}`,
      );
    }
    // The kept database's URL holds its password: the report names the option, not the value.
    const shownArgs = process.argv.slice(2).map((arg) => arg.replace(/^postgres(ql)?:\/\/.*$/, "<url of the kept database>"));
    const command = `npx tsx bench/explorer/run-explorer-bench.ts ${shownArgs.join(" ")}`.trim();
    writeReport(args.out, {
      command,
      startedAt,
      machine,
      loadAfter: os.loadavg().map((value) => value.toFixed(2)).join(" / "),
      requested: { traces: Number(args.traces), spansPerTrace: Number(args["spans-per-trace"]) },
      seed,
      reusedDatabase: Boolean(reused),
      ...facts,
      otherCoresDuringQueries: otherCores,
      timings,
      memory,
      pages,
    });
    log(`wrote ${args.out}`);
  } finally {
    await stopDatabase();
  }
}

/** What an earlier run seeded: counts, and its two big traces by their span counts. */
async function readSeeded(databaseUrl: string): Promise<{ seed: TSeedResult; bigTraces: { spans20k: string; spans100k: string } }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const big = await client.query<{ trace_id: string; span_count: number }>(
      "SELECT trace_id, span_count FROM trace WHERE project_id = $1 AND span_count IN ($2, $3)",
      [PROJECT_ID, BIG_TRACE_SPANS, HUGE_TRACE_SPANS],
    );
    const idOf = (spans: number) => {
      const id = big.rows.find((row) => row.span_count === spans)?.trace_id;
      if (!id) throw new Error(`the reused database has no ${spans}-span trace`);
      return id;
    };
    const counts = await client.query<{ traces: string; spans: string }>(
      "SELECT count(*) AS traces, sum(span_count) AS spans FROM trace WHERE project_id = $1 AND span_count < $2",
      [PROJECT_ID, BIG_TRACE_SPANS],
    );
    const traces = Number(counts.rows[0]!.traces);
    return {
      seed: { traces, spans: Number(counts.rows[0]!.spans), copySeconds: Number.NaN, indexSeconds: Number.NaN, isCut: false },
      bigTraces: { spans20k: idOf(BIG_TRACE_SPANS), spans100k: idOf(HUGE_TRACE_SPANS) },
    };
  } finally {
    await client.end();
  }
}

async function readFacts(databaseUrl: string): Promise<{ tracesLast24h: number; databaseSizeMb: number; sizes: TTableSizes }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ recent: string; size: string }>(
      "SELECT (SELECT count(*) FROM trace WHERE start_time >= now() - interval '24 hours') AS recent, pg_database_size(current_database()) AS size",
    );
    const mb = (value: string | undefined) => Number(value ?? 0) / 1024 / 1024;
    const sizes = await client.query<{ span: string; search: string; gin: string; pk: string; spans: string }>(
      `SELECT pg_total_relation_size('span') AS span, pg_table_size('span_search') AS search,
              pg_relation_size('span_search_body_idx') AS gin, pg_relation_size('span_search_pkey') AS pk,
              (SELECT reltuples::bigint FROM pg_class WHERE relname = 'span') AS spans`,
    );
    const row = sizes.rows[0];
    return {
      tracesLast24h: Number(result.rows[0]!.recent),
      databaseSizeMb: mb(result.rows[0]!.size),
      sizes: { spanMb: mb(row?.span), spanSearchHeapMb: mb(row?.search), spanSearchGinMb: mb(row?.gin), spanSearchPkMb: mb(row?.pk), spans: Number(row?.spans ?? 0) },
    };
  } finally {
    await client.end();
  }
}

// Exits explicitly: a handle left open by a library (seen after the browser phase) must not keep it running.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
