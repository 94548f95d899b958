// Agreement and compare at scale (issue 8, "Speed": over 100 k scored targets < 1 s). Starts the
// server (`npm start`), COPYs scores over `--targets` traces into its project, then times the public
// routes through HTTP and, for the breakdown: agreement's SQL summary beside the in-memory path it
// replaced (every score read by `listRatings`, then `computeAgreement`), and compare's read and
// statistics (`compareRatings`), all measured in the same run. Usage:
// npx tsx bench/agreement/run-agreement-bench.ts [--targets 100000] [--repetitions 20] [--skip-build] [--keep-data]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { resetServerConfig } from "@spanlight/core/server";
import type { TRatingRow } from "@spanlight/db";
import { computeAgreement, compareRatings } from "@spanlight/eval";
import type { TRating, TSideRating } from "@spanlight/eval";
// The services' own row → rating mapping (no server-only imports), so "statistics alone" is the same work.
import {
  dominantDataType,
  ratingValue,
  targetKeyOf,
  withAdjudicatedFinal,
} from "../../apps/web/src/features/agreement/server/rating-values.ts";
import { readMachineInfo } from "../lib/machine-info.ts";
import { startSpanlight, tail } from "../lib/spanlight-server.ts";
import type { TSpanlightServer } from "../lib/spanlight-server.ts";
import { percentile, round } from "../lib/stats.ts";

const { values: args } = parseArgs({
  options: {
    targets: { type: "string", default: "100000" },
    repetitions: { type: "string", default: "20" },
    "skip-build": { type: "boolean", default: false },
    "keep-data": { type: "boolean", default: false },
    /** e.g. `--server-node-flags=--max-old-space-size=1024` (the last heap bound given wins over npm start's). */
    "server-node-flags": { type: "string", default: "" },
    out: { type: "string", default: "bench/results/agreement.md" },
  },
});
const TARGETS = Number(args.targets);
const REPETITIONS = Number(args.repetitions);
const WARMUP = 2;
const TARGET_MS = 1000;
const DAY_MS = 86_400_000;
const REVIEWERS = ["user-ana", "user-ben", "user-cho", "user-dev", "user-eli"];
const LABELS = ["good", "ok", "bad"];
const log = (message: string) => console.log(`[agreement ${new Date().toISOString().slice(11, 19)}] ${message}`);

type TTimed = { name: string; samples: number[]; note: string; error?: string };

/** Deterministic 32-bit hash (xorshift-multiply), so a run is reproducible without a generator's state. */
function hash(value: number): number {
  let h = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The score rows of one target, as COPY text. `quality` (CATEGORICAL, ANNOTATION): 2 reviewers, a
 * third on every third target, agreeing ~75%; `quality-judge` (EVAL): judge-v1 on the older half of
 * the 30 days, judge-v2 on the newer, agreeing with the first reviewer ~80%; and on every other
 * target a NUMERIC pair, `helpfulness` (one reviewer, 1-5) and `helpfulness-judge`.
 */
function targetRows(projectId: string, index: number, nowMs: number): string {
  const traceId = `t${index.toString(16).padStart(31, "0")}`;
  const atMs = nowMs - 30 * DAY_MS + Math.floor((index / TARGETS) * 30 * DAY_MS);
  const h = hash(index + 1);
  const truth = LABELS[h % 3]!;
  const lines: string[] = [];
  const add = (
    suffix: string,
    name: string,
    dataType: "CATEGORICAL" | "NUMERIC",
    value: string | number,
    source: "ANNOTATION" | "EVAL",
    author: string,
    offsetMs: number,
  ) => {
    const numeric = typeof value === "number" ? String(value) : String(LABELS.indexOf(value));
    const label = typeof value === "string" ? value : "\\N";
    const [userId, authorId] = source === "ANNOTATION" ? [author, "\\N"] : ["\\N", author];
    const timestamp = new Date(atMs + offsetMs).toISOString();
    lines.push(
      [
        projectId,
        `${traceId}-${suffix}`,
        traceId,
        name,
        dataType,
        numeric,
        label,
        source,
        userId,
        authorId,
        timestamp,
      ].join("\t"),
    );
  };
  const reviewers = index % 3 === 0 ? 3 : 2;
  for (let r = 0; r < reviewers; r += 1) {
    const agrees = hash(index * 7 + r) % 4 !== 0;
    const label = agrees ? truth : LABELS[(h + r + 1) % 3]!;
    add(
      `q${r}`,
      "quality",
      "CATEGORICAL",
      label,
      "ANNOTATION",
      REVIEWERS[(index + r) % REVIEWERS.length]!,
      60_000 * (r + 1),
    );
  }
  const judge = index < TARGETS / 2 ? "judge-v1" : "judge-v2";
  const judgeLabel = hash(index * 13) % 5 !== 0 ? truth : LABELS[(h + 2) % 3]!;
  add("j", "quality-judge", "CATEGORICAL", judgeLabel, "EVAL", judge, 1_000);
  if (index % 2 === 0) {
    const helpfulness = (h % 5) + 1;
    add("h", "helpfulness", "NUMERIC", helpfulness, "ANNOTATION", REVIEWERS[index % REVIEWERS.length]!, 90_000);
    const judged = Math.min(5, Math.max(1, helpfulness + ((hash(index * 17) % 3) - 1)));
    add("hj", "helpfulness-judge", "NUMERIC", judged, "EVAL", judge, 2_000);
  }
  return lines.join("\n") + "\n";
}

async function seedScores(databaseUrl: string, projectId: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const startedAt = performance.now();
  try {
    const nowMs = Date.now();
    const batch = 5_000;
    for (let start = 0; start < TARGETS; start += batch) {
      const chunks: string[] = [];
      for (let index = start; index < Math.min(TARGETS, start + batch); index += 1)
        chunks.push(targetRows(projectId, index, nowMs));
      await pipeline(
        Readable.from([chunks.join("")]),
        client.query(
          copyFrom(
            `COPY score (project_id, id, trace_id, name, data_type, numeric_value, string_value, source, author_user_id, author_id, timestamp) FROM STDIN`,
          ),
        ),
      );
    }
    await client.query("VACUUM ANALYZE score");
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM score WHERE project_id = $1`, [
      projectId,
    ]);
    return { rows: rows[0]?.n ?? 0, seconds: (performance.now() - startedAt) / 1000 };
  } finally {
    await client.end();
  }
}

async function projectOfKey(databaseUrl: string, publicKey: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ project_id: string }>("SELECT project_id FROM api_key WHERE public_key = $1", [
      publicKey,
    ]);
    if (!result.rows[0]) throw new Error("the bench API key was not created");
    return result.rows[0].project_id;
  } finally {
    await client.end();
  }
}

async function timeCall(name: string, call: () => Promise<string>): Promise<TTimed> {
  let note = "";
  for (let i = 0; i < WARMUP; i += 1) note = await call();
  const samples: number[] = [];
  for (let i = 0; i < REPETITIONS; i += 1) {
    const startedAt = performance.now();
    note = await call();
    samples.push(performance.now() - startedAt);
  }
  log(`${name}: p50 ${round(percentile(samples, 50))} ms, p95 ${round(percentile(samples, 95))} ms (${note})`);
  return { name, samples, note };
}

async function measure(server: TSpanlightServer, projectId: string, secretKey: string): Promise<TTimed[]> {
  const get = async (query: string, describe: (body: Record<string, unknown>) => string) => {
    const response = await fetch(`${server.baseUrl}${query}`, { headers: { authorization: `Bearer ${secretKey}` } });
    const text = await response.text();
    if (!response.ok) throw new Error(`${query} answered ${response.status}: ${text.slice(0, 300)}`);
    return `${describe(JSON.parse(text) as Record<string, unknown>)}, ${round(text.length / 1024)} KB`;
  };
  const agreementNote = (body: Record<string, unknown>) =>
    `${String(body.targets)} targets, α ${round(Number(body.krippendorffAlpha), 3)}`;
  const compareNote = (body: Record<string, unknown>) =>
    `n ${String(body.n)}, accuracy ${round(Number(body.accuracy), 3)}, κ ${round(Number(body.cohenKappa), 3)}`;

  process.env.DATABASE_URL = server.databaseUrl();
  resetServerConfig();
  const db = await import("@spanlight/db");
  const read = (name: string) => db.listRatings({ projectId, name });
  const timings: TTimed[] = [];
  // In process first: when the server dies on an HTTP measurement, its PostgreSQL goes with it.
  try {
    timings.push(
      await timeCall(
        "in memory (agreement before): listRatings(quality)",
        async () => `${(await read("quality")).length} rows`,
      ),
      await timeCall(
        "compare's read: listRatings(quality-judge) + listRatings(quality)",
        async () => `${(await Promise.all([read("quality-judge"), read("quality")])).flat().length} rows`,
      ),
    );
    const quality = await read("quality");
    const judge = await read("quality-judge");
    const heapBefore = process.memoryUsage().heapUsed;
    timings.push(
      await timeCall("in memory (agreement before): statistics of agreement(quality)", () =>
        Promise.resolve(agreementStatistics(quality)),
      ),
      await timeCall("compare's statistics: compareRatings(quality-judge, quality)", () =>
        Promise.resolve(compareStatistics(judge, quality)),
      ),
    );
    log(`heap: ${round(heapBefore / 1024 / 1024)} MB holding both reads`);
    // What the agreement service does now: PostgreSQL counts the sufficient statistics (compare
    // still reads every score: its SQL version measured slower, see the results file).
    const window = (name: string) => ({ projectId, name });
    timings.push(
      await timeCall("database summary (now): summariseAgreement(quality)", async () => {
        const rows = await db.summariseAgreement({
          ...window("quality"),
          dataType: "CATEGORICAL",
          level: "nominal",
          disagreementLimit: 100,
        });
        return `${rows.patterns.length} rating patterns`;
      }),
    );
  } finally {
    await db.closeDb();
  }
  const http: [string, string, (body: Record<string, unknown>) => string][] = [
    ["HTTP GET /api/public/scores/agreement?name=quality", "/api/public/scores/agreement?name=quality", agreementNote],
    [
      "HTTP GET /api/public/scores/compare?a=quality-judge&b=quality",
      "/api/public/scores/compare?a=quality-judge&b=quality",
      compareNote,
    ],
    [
      "HTTP GET /api/public/scores/compare?a=helpfulness-judge&b=helpfulness",
      "/api/public/scores/compare?a=helpfulness-judge&b=helpfulness",
      compareNote,
    ],
  ];
  for (const [name, query, describe] of http) {
    try {
      timings.push(await timeCall(name, () => get(query, describe)));
    } catch (error) {
      // A failed route is the finding (e.g. the server running out of heap): report it, do not hide it.
      const message =
        error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : String(error);
      log(`${name} failed: ${message}`);
      timings.push({ name, samples: [], note: "", error: message });
    }
  }
  return timings;
}

/** What computeProjectAgreement does after the read (its filter, mapping and computeAgreement). */
function agreementStatistics(rows: TRatingRow[]): string {
  const dataType = dominantDataType(rows);
  const ratings: TRating[] = [];
  for (const row of rows) {
    if (row.isAdjudicated || row.author === null || row.dataType !== dataType) continue;
    const value = ratingValue(row, "nominal");
    if (value !== null) ratings.push({ targetKey: targetKeyOf(row), rater: row.author, value });
  }
  const result = computeAgreement({ ratings, level: "nominal", isCategorical: true });
  return `${result.targets} targets`;
}

/** What compareProjectScores does after the read (adjudicated finals, mapping and compareRatings). */
function compareStatistics(aRows: TRatingRow[], bRows: TRatingRow[]): string {
  const toSide = (rows: TRatingRow[]): TSideRating[] =>
    withAdjudicatedFinal(rows).flatMap((row) => {
      const value = ratingValue(row, "nominal");
      return value === null ? [] : [{ targetKey: targetKeyOf(row), author: row.author ?? "(none)", value }];
    });
  const result = compareRatings({ a: toSide(aRows), b: toSide(bRows), isNumeric: false, worstLimit: 50 });
  return `n ${result.n}`;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = readMachineInfo();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-agreement-bench-"));
  const keys = {
    publicKey: `pk-bench-${randomBytes(8).toString("hex")}`,
    secretKey: `sk-bench-${randomBytes(16).toString("hex")}`,
  };
  let server: TSpanlightServer | null = null;
  let isDone = false;
  try {
    log(`starting the server (data in ${dataDir})`);
    server = await startSpanlight({
      dataDir,
      keys,
      skipBuild: args["skip-build"],
      nodeFlags: args["server-node-flags"],
    });
    const projectId = await projectOfKey(server.databaseUrl(), keys.publicKey);
    log(`seeding ${TARGETS.toLocaleString("en-US")} targets`);
    const seed = await seedScores(server.databaseUrl(), projectId);
    log(`${seed.rows.toLocaleString("en-US")} scores in ${round(seed.seconds)} s`);
    const loadBefore = os.loadavg()[0]!.toFixed(2);
    const timings = await measure(server, projectId, keys.secretKey);
    const loadAfter = os.loadavg()[0]!.toFixed(2);
    writeReport({ startedAt, machine, seed, timings, loadBefore, loadAfter, serverLog: tail(server.logFile, 400) });
    log(`wrote ${args.out}`);
    isDone = true;
  } finally {
    if (server) await server.stop();
    if (isDone && !args["keep-data"]) rmSync(dataDir, { recursive: true, force: true });
    else console.log(`data kept in ${dataDir}`);
  }
}

function writeReport(input: {
  startedAt: string;
  machine: ReturnType<typeof readMachineInfo>;
  seed: { rows: number; seconds: number };
  timings: TTimed[];
  loadBefore: string;
  loadAfter: string;
  serverLog: string;
}): void {
  const { machine, seed, timings } = input;
  const command = `npx tsx bench/agreement/run-agreement-bench.ts ${process.argv.slice(2).join(" ")}`.trim();
  const rows = timings.map((t) => {
    if (t.error) return `| ${t.name} | – | – | – | ❌ | failed: ${t.error.replaceAll("|", "/")} |`;
    const isEndToEnd = t.name.startsWith("HTTP");
    const verdict = isEndToEnd ? (percentile(t.samples, 95) < TARGET_MS ? "✅" : "❌") : "";
    return `| ${t.name} | ${round(percentile(t.samples, 50))} | ${round(percentile(t.samples, 95))} | ${round(Math.max(...t.samples))} | ${verdict} | ${t.note} |`;
  });
  writeFileSync(
    args.out,
    `# Agreement and compare at scale

Started ${input.startedAt}.

\`\`\`sh
${command}
\`\`\`

Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.kernel}, Node ${machine.node}.
Load average at start ${machine.loadAverage}; 1-minute load ${input.loadBefore} before timing, ${input.loadAfter} after
(the machine is shared with other builds and test runs).

Seeded ${TARGETS.toLocaleString("en-US")} scored targets (traces) in one project with COPY: ${seed.rows.toLocaleString("en-US")} score
rows in ${round(seed.seconds)} s. \`quality\` (CATEGORICAL, ANNOTATION, ${REVIEWERS.length} reviewers, 2 per target and 3 on every
third), \`quality-judge\` (EVAL, judge-v1 on the older half, judge-v2 on the newer), and on every other target the NUMERIC pair
\`helpfulness\` (ANNOTATION) / \`helpfulness-judge\` (EVAL).

Target: < ${TARGET_MS} ms end to end (✅ when p95 is under it). ${REPETITIONS} timed runs after ${WARMUP} warm-ups each, one at a
time; HTTP rows are \`npm start\` answering on loopback with the project's secret key, timed until the body is read.

| Measurement | p50 ms | p95 ms | max ms | | Answer |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
${
  /heap out of memory/.test(input.serverLog)
    ? `\nThe server ran out of heap (\`npm start\`'s \`--max-old-space-size\`${args["server-node-flags"] ? `, then \`${args["server-node-flags"]}\`` : ""}):\n\n\`\`\`\n${/<--- Last few GCs --->[\s\S]*?allocation failure[^\n]*/.exec(input.serverLog)?.[0] ?? ""}\n\`\`\`\n`
    : ""
}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
