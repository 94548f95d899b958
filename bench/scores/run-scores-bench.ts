// Scores at scale: seeds the explorer benchmark's traces, adds `--scores` scores over them in SQL, and
// times the trace list filtered by a score (EXISTS / NOT EXISTS on score's (project_id, trace_id)
// index) and with score columns. Usage:
// npx tsx bench/scores/run-scores-bench.ts [--traces 1000000] [--scores 1000000] [--seed-seconds 600] [--keep-data]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { resetServerConfig } from "@spanlight/core/server";
import { startExplorerDatabase } from "../explorer/database.ts";
import type { TExplorerDatabase } from "../explorer/database.ts";
import { p50, p95, timeCalls } from "../explorer/measure.ts";
import type { TTiming } from "../explorer/measure.ts";
import { seedTraces } from "../explorer/seed.ts";
import { readMachineInfo } from "../lib/machine-info.ts";
import { round } from "../lib/stats.ts";

const { values: args } = parseArgs({
  options: {
    traces: { type: "string", default: "1000000" },
    scores: { type: "string", default: "1000000" },
    "spans-per-trace": { type: "string", default: "4" },
    "seed-seconds": { type: "string", default: "600" },
    "keep-data": { type: "boolean", default: false },
    out: { type: "string", default: "bench/results/scores.md" },
  },
});
const PROJECT_ID = "scores-bench";
const REPETITIONS = 30;
const WARMUP = 3;
const log = (message: string) => console.log(`[scores ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * `count` scores spread over the traces: four names (helpfulness 1-5 from judges, thumbs from
 * feedback, tone categories, reviewed on a tenth of the traces), values from a hash so a run is
 * reproducible. One INSERT … SELECT, indexes kept (they are what the filters read).
 */
async function seedScores(databaseUrl: string, count: number): Promise<{ scores: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO project (id, name, updated_at) VALUES ($1, $1, now()) ON CONFLICT DO NOTHING`, [
      PROJECT_ID,
    ]);
    const { rows } = await client.query<{ traces: number }>(
      `SELECT count(*)::int AS traces FROM trace WHERE project_id = $1`,
      [PROJECT_ID],
    );
    const perTrace = Math.max(1, Math.ceil(count / Math.max(1, rows[0]?.traces ?? 1)));
    const startedAt = performance.now();
    await client.query(
      `INSERT INTO score (project_id, id, trace_id, name, data_type, numeric_value, string_value, source, author_id, timestamp)
       SELECT project_id, trace_id || '-' || g, trace_id, pick.name, pick.data_type::"ScoreDataType", pick.numeric_value,
              pick.string_value, pick.source::"ScoreSource", pick.author_id, start_time + interval '1 minute'
         FROM (SELECT project_id, trace_id, start_time FROM trace WHERE project_id = $1 LIMIT $2) t
        CROSS JOIN generate_series(1, $3::int) g
        CROSS JOIN LATERAL (SELECT abs(hashtext(t.trace_id || g)) AS h) hashed
        CROSS JOIN LATERAL (
          SELECT CASE WHEN g = 1 AND h % 10 = 0 THEN 'reviewed' WHEN h % 3 = 0 THEN 'thumbs' WHEN h % 3 = 1 THEN 'tone' ELSE 'helpfulness' END AS name
        ) named
        CROSS JOIN LATERAL (
          SELECT CASE named.name WHEN 'helpfulness' THEN 'NUMERIC' WHEN 'tone' THEN 'CATEGORICAL' ELSE 'BOOLEAN' END AS data_type,
                 CASE named.name WHEN 'helpfulness' THEN (h / 7 % 5 + 1)::float8 WHEN 'tone' THEN (h / 7 % 3)::float8 ELSE (h / 7 % 2)::float8 END AS numeric_value,
                 CASE named.name WHEN 'tone' THEN (ARRAY['rude','neutral','kind'])[h / 7 % 3 + 1]
                                 WHEN 'helpfulness' THEN NULL ELSE CASE WHEN h / 7 % 2 = 1 THEN 'true' ELSE 'false' END END AS string_value,
                 CASE named.name WHEN 'thumbs' THEN 'FEEDBACK' WHEN 'reviewed' THEN 'ANNOTATION' ELSE 'EVAL' END AS source,
                 CASE named.name WHEN 'helpfulness' THEN 'judge-v' || (h % 2 + 1) ELSE NULL END AS author_id,
                 named.name
        ) pick
        LIMIT $4`,
      [PROJECT_ID, Math.ceil(count / perTrace), perTrace, count],
    );
    await client.query("VACUUM ANALYZE score");
    const inserted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM score WHERE project_id = $1`, [
      PROJECT_ID,
    ]);
    return { scores: inserted.rows[0]?.n ?? 0, seconds: (performance.now() - startedAt) / 1000 };
  } finally {
    await client.end();
  }
}

async function measure(databaseUrl: string): Promise<TTiming[]> {
  process.env.DATABASE_URL = databaseUrl;
  resetServerConfig();
  const { ZScoreListQuery, ZTraceListQuery } = await import("@spanlight/core");
  const db = await import("@spanlight/db");
  const list = async (input: Record<string, string>) => {
    const page = await db.listTraces({ projectId: PROJECT_ID, query: ZTraceListQuery.parse(input) });
    return `${page.data.length} rows`;
  };
  const now = () => new Date().toISOString();
  const sevenDays = () => new Date(Date.now() - 7 * 86_400_000).toISOString();
  const runs: [string, number, (repetition: number) => Promise<string>][] = [
    ["helpfulness < 3 (24 h)", 300, () => list({ to: now(), score: "helpfulness<3" })],
    ["thumbs = 0 in the last 7 days", 300, () => list({ from: sevenDays(), to: now(), score: "thumbs=0" })],
    ["tone = rude and helpfulness >= 4 (24 h)", 300, () => list({ to: now(), score: "tone=rude,helpfulness>=4" })],
    ["has no score reviewed (24 h)", 300, () => list({ to: now(), noScore: "reviewed" })],
    [
      "has score reviewed, 7 days (a tenth of traces)",
      300,
      () => list({ from: sevenDays(), to: now(), hasScore: "reviewed" }),
    ],
    [
      "first page with scoreColumns=helpfulness,thumbs (24 h)",
      300,
      () => list({ to: now(), scoreColumns: "helpfulness,thumbs" }),
    ],
    [
      "listScores, newest 50",
      50,
      async () =>
        `${(await db.listScores({ projectId: PROJECT_ID, query: ZScoreListQuery.parse({}) })).data.length} rows`,
    ],
  ];
  const timings: TTiming[] = [];
  try {
    for (const [name, targetMs, call] of runs) {
      log(`timing ${name}`);
      timings.push(
        await timeCalls({
          name,
          target: `p95 < ${targetMs} ms`,
          targetMs,
          warmup: WARMUP,
          repetitions: REPETITIONS,
          call,
        }),
      );
    }
  } finally {
    await db.closeDb();
  }
  return timings;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = readMachineInfo();
  let database: TExplorerDatabase | null = null;
  try {
    database = await startExplorerDatabase({ keepData: args["keep-data"] });
    log(`embedded PostgreSQL in ${database.dataDir}`);
    const seed = await seedTraces({
      databaseUrl: database.databaseUrl,
      projectId: PROJECT_ID,
      traces: Number(args.traces),
      spansPerTrace: Number(args["spans-per-trace"]),
      nowMs: Date.now(),
      budgetMs: Number(args["seed-seconds"]) * 1000,
      log,
    });
    log(`seeded ${seed.traces} traces; adding scores`);
    const scores = await seedScores(database.databaseUrl, Number(args.scores));
    log(`${scores.scores} scores in ${round(scores.seconds)} s`);
    const timings = await measure(database.databaseUrl);
    const command = `npx tsx bench/scores/run-scores-bench.ts ${process.argv.slice(2).join(" ")}`.trim();
    const verdict = (t: TTiming) => (p95(t) <= t.targetMs ? "✅" : "❌");
    const rows = timings.map(
      (t) => `| ${t.name} | ${t.target} | ${round(p50(t))} | ${round(p95(t))} | ${verdict(t)} | ${t.note} |`,
    );
    writeFileSync(
      args.out,
      `# Scores at scale

Started ${startedAt}.

\`\`\`sh
${command}
\`\`\`

Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}. Load average at
start ${machine.loadAverage} (the machine is shared with other builds and test runs).

Seeded ${seed.traces.toLocaleString("en-US")} traces × ${args["spans-per-trace"]} spans over 7 days${seed.isCut ? " (cut by the seeding time budget)" : ""},
then ${scores.scores.toLocaleString("en-US")} scores over them in ${round(scores.seconds)} s (four names: helpfulness
1-5, thumbs, tone, reviewed on a tenth of the traces).

| Query (listTraces, first page of 50) | Target | p50 ms | p95 ms | | Rows |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

${REPETITIONS} timed runs after ${WARMUP} warm-ups each.
`,
    );
    log(`wrote ${args.out}`);
  } finally {
    if (database) await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
