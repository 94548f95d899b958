// Dashboard benchmark: seeds traces spread over 30 days with COPY (the explorer bench's seeder) into a
// throw-away embedded PostgreSQL, then times every metrics query the dashboard sends, over the last
// 24 hours and the last 30 days, beside the trace list's first page as the baseline of the same run.
// Usage: npx tsx bench/dashboards/run-dashboards-bench.ts [--traces 100000] [--spans-per-trace 10]
//        [--seed-seconds 900] [--repetitions 10] [--database-url …] [--out bench/results/dashboards.md]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readMachineInfo } from "../lib/machine-info.ts";
import { round } from "../lib/stats.ts";
import { startExplorerDatabase } from "../explorer/database.ts";
import type { TExplorerDatabase } from "../explorer/database.ts";
import { p50, p95, timeCalls } from "../explorer/measure.ts";
import type { TTiming } from "../explorer/measure.ts";
import { seedTraces } from "../explorer/seed.ts";
import { DASHBOARD_QUERIES } from "./dashboard-queries.ts";

const { values: args } = parseArgs({
  options: {
    traces: { type: "string", default: "100000" },
    "spans-per-trace": { type: "string", default: "10" },
    "seed-seconds": { type: "string", default: "900" },
    repetitions: { type: "string", default: "10" },
    "database-url": { type: "string" },
    out: { type: "string", default: "bench/results/dashboards.md" },
  },
});
const PROJECT_ID = "dashboards-bench";
const DAY_MS = 86_400_000;
const WINDOWS = [
  { label: "24 h", ms: DAY_MS, targetMs: 100 },
  { label: "30 d", ms: 30 * DAY_MS, targetMs: 500 },
];
const log = (message: string) => console.log(`[dashboards ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const nowMs = Date.now();
  let database: TExplorerDatabase | null = null;
  process.once("SIGINT", () => void database?.stop().finally(() => process.exit(130)));
  try {
    let databaseUrl = args["database-url"];
    let seeded = "an earlier run's database";
    if (!databaseUrl) {
      database = await startExplorerDatabase({ keepData: false });
      databaseUrl = database.databaseUrl;
      const seed = await seedTraces({
        databaseUrl,
        projectId: PROJECT_ID,
        traces: Number(args.traces),
        spansPerTrace: Number(args["spans-per-trace"]),
        nowMs,
        spreadDays: 30,
        budgetMs: Number(args["seed-seconds"]) * 1000,
        log,
      });
      seeded = `${seed.traces.toLocaleString("en")} traces / ${seed.spans.toLocaleString("en")} spans over 30 days (COPY ${round(seed.copySeconds)} s, indexes ${round(seed.indexSeconds)} s${seed.isCut ? ", cut by the seed budget" : ""})`;
      log(`seeded ${seeded}`);
    }
    // Imported only now: the pool reads DATABASE_URL once.
    process.env.DATABASE_URL = databaseUrl;
    const db = await import("@spanlight/db");
    const core = await import("@spanlight/core");
    const repetitions = Number(args.repetitions);
    const timings: TTiming[] = [];
    for (const window of WINDOWS) {
      // Each repetition ends a minute later, so no answer comes from a cached plan of identical bounds alone.
      const bounds = (repetition: number) => {
        const to = nowMs - repetition * 60_000;
        return { from: new Date(to - window.ms).toISOString(), to: new Date(to).toISOString() };
      };
      timings.push(
        await timeCalls({
          name: `baseline: trace list first page, ${window.label}`,
          target: "–",
          targetMs: Number.POSITIVE_INFINITY,
          warmup: 2,
          repetitions,
          call: async (repetition) => {
            const page = await db.listTraces({ projectId: PROJECT_ID, query: core.ZTraceListQuery.parse(bounds(repetition)) });
            return `${page.data.length} rows`;
          },
        }),
      );
      for (const { name, query } of DASHBOARD_QUERIES) {
        log(`${window.label}: ${name}`);
        timings.push(
          await timeCalls({
            name: `${name}, ${window.label}`,
            target: `p95 < ${window.targetMs} ms`,
            targetMs: window.targetMs,
            warmup: 2,
            repetitions,
            call: async (repetition) => {
              const result = await db.queryMetrics({
                projectId: PROJECT_ID,
                query: core.ZMetricsQuery.parse({ ...query, ...bounds(repetition) }),
              });
              return `${result.data.length} rows`;
            },
          }),
        );
      }
    }
    await db.closeDb();
    writeReport({ startedAt, seeded, repetitions, timings });
  } finally {
    await database?.stop();
  }
}

function writeReport(options: { startedAt: string; seeded: string; repetitions: number; timings: TTiming[] }): void {
  const machine = readMachineInfo();
  const rows = options.timings.map((timing) => {
    const isMet = Number.isFinite(timing.targetMs) ? (p95(timing) < timing.targetMs ? "yes" : "**no**") : "–";
    return `| ${timing.name} | ${round(p50(timing), 1)} | ${round(p95(timing), 1)} | ${timing.target} | ${isMet} | ${timing.note} |`;
  });
  const command = `npx tsx bench/dashboards/run-dashboards-bench.ts --traces ${args.traces} --spans-per-trace ${args["spans-per-trace"]} --repetitions ${options.repetitions}`;
  const report = `# Dashboard queries

Run ${options.startedAt} on ${machine.cpuModel} (${machine.cores} cores, ${machine.memoryGb} GB, load average at the start ${machine.loadAverage}), Node ${process.version}.
Data: ${options.seeded}, one project, embedded PostgreSQL 18 with default settings.

Command: \`${command}\`

Every query is \`queryMetrics\` (packages/db/src/metrics) as POST /api/public/metrics and the dashboard
run it, over the last 24 hours and the last 30 days, ${options.repetitions} timed repetitions after 2
warm-ups, each ending a minute earlier than the one before. Percentiles of the latencies are exact
(percentile_cont). The baseline is the trace list's first page over the same window, in the same run.

| query | p50 ms | p95 ms | target | met | answer |
|---|---:|---:|---|---|---|
${rows.join("\n")}
`;
  writeFileSync(args.out, report);
  log(`wrote ${args.out}`);
}

await main();
