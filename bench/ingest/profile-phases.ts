// Where one 512-span request's time goes on the server, phase by phase, calling the server's own
// functions directly against an embedded PostgreSQL: npx tsx bench/ingest/profile-phases.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { SpanWriter } from "@spanlight/db";
import type { TSpanRow } from "@spanlight/db";
import { decodeProtobufTraceRequest, normalizeTraceRequest } from "@spanlight/ingest";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { insertSpans, spanKey } from "../../packages/db/src/ingest/insert-spans.ts";
import { aggregateTraceDeltas, upsertTraces } from "../../packages/db/src/ingest/upsert-traces.ts";
import { startBenchDatabase } from "../lib/embedded-database.ts";
import { stampNonce } from "../lib/id-template.ts";
import { readMachineInfo } from "../lib/machine-info.ts";
import { randomNonceBase } from "../lib/random.ts";
import { REPO_ROOT } from "../lib/spanlight-server.ts";
import { median, round } from "../lib/stats.ts";
import { toJsonText } from "../../apps/web/src/features/ingestion/server/json-text.ts";
import { COPY_SQL, toCopyText } from "./copy-baseline.ts";
import { buildRequestTemplates } from "./request-templates.ts";
import { rowsOfSpans } from "./server-rows.ts";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "30" },
    warmup: { type: "string", default: "10" },
    out: { type: "string", default: "bench/results/ingest-breakdown.md" },
  },
});

type TTiming = { wallMs: number; nodeCpuMs: number };
type TSample = Record<string, TTiming>;

/** Wall time and this process's CPU time of one step (the difference is time spent waiting on PostgreSQL). */
async function timed<T>(sample: TSample, step: string, run: () => T | Promise<T>): Promise<T> {
  const cpuBefore = process.cpuUsage();
  const startedMs = performance.now();
  const result = await run();
  const cpu = process.cpuUsage(cpuBefore);
  sample[step] = { wallMs: performance.now() - startedMs, nodeCpuMs: (cpu.user + cpu.system) / 1000 };
  return result;
}

/** The writer's transaction, step by step (span-writer.ts commitRows, without its retry loop). */
async function writeInSteps(pool: pg.Pool, rows: TSpanRow[], sample: TSample): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const sorted = await timed(sample, "writer: dedupe + sort rows", () =>
      [...new Map(rows.map((row) => [spanKey(row.projectId, row.traceId, row.spanId), row])).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, row]) => row),
    );
    const inserted = await timed(sample, "INSERT span … unnest (48 arrays)", () => insertSpans(client, sorted));
    await timed(sample, "upsert trace rollups", () =>
      upsertTraces(
        client,
        aggregateTraceDeltas(sorted.filter((row) => inserted.has(spanKey(row.projectId, row.traceId, row.spanId)))),
      ),
    );
    await timed(sample, "COMMIT", () => client.query("COMMIT"));
  } finally {
    client.release();
  }
}

const STAGE_SQL = "CREATE TEMP TABLE IF NOT EXISTS span_stage (LIKE span INCLUDING DEFAULTS) ON COMMIT DELETE ROWS";
const STAGED_INSERT_SQL = `INSERT INTO span SELECT * FROM span_stage ON CONFLICT (project_id, trace_id, span_id) DO NOTHING
  RETURNING project_id, trace_id, span_id`;

/** Cheaper ways to do the same work, measured on the same spans and rows (not what the server does today). */
async function timeAlternatives(options: {
  pool: pg.Pool;
  spans: ReturnType<typeof normalizeTraceRequest>["spans"];
  rows: TSpanRow[];
  sample: TSample;
}): Promise<void> {
  const { sample, spans } = options;
  const payloads = (span: (typeof spans)[number]) => [
    span.attributes,
    span.resourceAttributes,
    span.inputMessages,
    span.outputMessages,
    span.input,
    span.output,
  ];
  await timed(sample, "alt: toJsonText of 6 payload columns (today)", () =>
    spans.forEach((span) => payloads(span).forEach(toJsonText)),
  );
  await timed(sample, "alt: JSON.stringify of the same, no replacer", () =>
    spans.forEach((span) => payloads(span).forEach((value) => JSON.stringify(value))),
  );
  const stagedRows = options.rows.map((row) => ({ ...row, projectId: "profile-staged" }));
  const client = await options.pool.connect();
  try {
    await timed(sample, "alt: COPY into temp stage + INSERT … SELECT ON CONFLICT", async () => {
      await client.query("BEGIN");
      await client.query(STAGE_SQL);
      await pipeline(
        Readable.from([Buffer.from(toCopyText(stagedRows))]),
        client.query(copyFrom(COPY_SQL.replace("COPY span", "COPY span_stage"))),
      );
      await client.query(STAGED_INSERT_SQL);
      await client.query("COMMIT");
    });
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const templates = buildRequestTemplates({ count: 8, seed: 20_260_101 });
  const database = await startBenchDatabase();
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 4 });
  const writer = new SpanWriter({ pool, concurrency: 1 });
  let nonce = randomNonceBase();
  const samples: TSample[] = [];
  try {
    const total = Number(args.warmup) + Number(args.requests);
    for (let index = 0; index < total; index += 1) {
      const sample: TSample = {};
      const body = stampNonce(templates[index % templates.length]!.body, nonce++);
      const decoded = await timed(sample, "decode protobuf", () => decodeProtobufTraceRequest(body));
      const { spans } = await timed(sample, "normalize (conventions)", () => normalizeTraceRequest(decoded));
      const rows = await timed(sample, "price + toSpanRow (JSON text)", () => rowsOfSpans(spans, "profile-steps"));
      await writeInSteps(pool, rows, sample);
      const writerRows = rows.map((row) => ({ ...row, projectId: "profile-writer" }));
      await timed(sample, "= SpanWriter.write, whole", () => writer.write(writerRows));
      const copyRows = rows.map((row) => ({ ...row, projectId: "profile-copy" }));
      const text = await timed(sample, "COPY: build text", () => Buffer.from(toCopyText(copyRows)));
      await timed(sample, "COPY: send 512 rows", async () => {
        const client = await pool.connect();
        try {
          await pipeline(Readable.from([text]), client.query(copyFrom(COPY_SQL)));
        } finally {
          client.release();
        }
      });
      await timeAlternatives({ pool, spans, rows, sample });
      if (index >= Number(args.warmup)) samples.push(sample);
    }
  } finally {
    await writer.drain();
    await pool.end();
    await database.stop();
  }
  const out = path.resolve(REPO_ROOT, args.out);
  writeFileSync(out, render(samples, templates[0]!.body.bytes.length));
  console.log(render(samples, templates[0]!.body.bytes.length));
  console.log(`wrote ${path.relative(REPO_ROOT, out)}`);
}

function render(samples: TSample[], bodyBytes: number): string {
  const steps = Object.keys(samples[0]!);
  const ingestSteps = steps.filter(
    (step) => !step.startsWith("=") && !step.startsWith("COPY") && !step.startsWith("alt"),
  );
  const stat = (step: string, field: keyof TTiming) => median(samples.map((sample) => sample[step]![field]));
  const ingestWall = ingestSteps.reduce((total, step) => total + stat(step, "wallMs"), 0);
  const row = (step: string, share: string, label = step) =>
    `| ${label} | ${round(stat(step, "wallMs"), 1)} | ${round(stat(step, "nodeCpuMs"), 1)} | ${round(Math.max(0, stat(step, "wallMs") - stat(step, "nodeCpuMs")), 1)} | ${share} |`;
  const machine = readMachineInfo();
  return [
    "# Ingestion time breakdown, one 512-span request",
    "",
    `Written by \`npx tsx bench/ingest/profile-phases.ts\` (${new Date().toISOString()}; ${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node},`,
    `load average at the end ${machine.loadAverage}). The server's own functions called directly, one request at a time, against an`,
    `embedded PostgreSQL with nothing else running in it; medians over ${samples.length} requests of ${Math.round(bodyBytes / 1024)} KB after a warm-up.`,
    'Node CPU is this process\'s CPU during the step; "waiting" is the rest of the wall time (PostgreSQL working, or the machine busy).',
    "",
    "| Step | Wall ms | Node CPU ms | Waiting ms | Share of ingest wall |",
    "|---|---|---|---|---|",
    ...ingestSteps.map((step) => row(step, `${Math.round((stat(step, "wallMs") / ingestWall) * 100)}%`)),
    `| **ingest total (sum of steps)** | **${round(ingestWall, 1)}** | | | 100% |`,
    ...steps.filter((step) => step.startsWith("=") || step.startsWith("COPY")).map((step) => row(step, "")),
    "",
    "Alternatives, same spans and rows (what the server could do instead):",
    "",
    "| Step | Wall ms | Node CPU ms | Waiting ms | |",
    "|---|---|---|---|---|",
    ...steps.filter((step) => step.startsWith("alt")).map((step) => row(step, "", step.replace("alt: ", ""))),
    "",
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error("profile failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
