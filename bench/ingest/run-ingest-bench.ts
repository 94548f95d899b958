// Ingestion benchmark: OTLP/HTTP protobuf into `npm start` (embedded PostgreSQL) vs raw COPY of the
// same rows into the same database. Usage: npx tsx bench/ingest/run-ingest-bench.ts [--max-seconds 30] …
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { readMachineInfo } from "../lib/machine-info.ts";
import { sampleMemory } from "../lib/memory-sampler.ts";
import { cpuBetween, otherBuildsRunning, readMemory, snapshotCpu } from "../lib/proc-stats.ts";
import { waitForQuietMachine } from "../lib/quiet-machine.ts";
import { randomNonceBase } from "../lib/random.ts";
import { REPO_ROOT, startSpanlight, tail } from "../lib/spanlight-server.ts";
import type { TSpanlightServer } from "../lib/spanlight-server.ts";
import { median } from "../lib/stats.ts";
import {
  buildCopyTemplate,
  buildMinimalCopyTemplate,
  MINIMAL_COPY_SQL,
  MINIMAL_TABLE_SQL,
  runCopyBaseline,
} from "./copy-baseline.ts";
import { runClosedLoop, runOpenLoop } from "./load-phases.ts";
import type { TPhaseResult, TTarget } from "./load-phases.ts";
import { buildRequestTemplates } from "./request-templates.ts";
import { summarizePhase } from "./summarize-phase.ts";
import { copyRowsPerSecond, ingestRatio, renderReport, writeReport } from "./write-report.ts";
import type { TIngestReport } from "./write-report.ts";
import { readDatabaseFacts, readStorage, verifyStored } from "./verify-stored.ts";

const { values: args } = parseArgs({
  options: {
    "warmup-seconds": { type: "string", default: "10" },
    "max-seconds": { type: "string", default: "30" },
    "half-seconds": { type: "string", default: "30" },
    exporters: { type: "string", default: "4" },
    templates: { type: "string", default: "8" },
    "skip-build": { type: "boolean", default: false },
    "keep-data": { type: "boolean", default: false },
    "quiet-wait-minutes": { type: "string", default: "15" },
    "server-node-flags": { type: "string" },
    out: { type: "string", default: "bench/results/ingest.md" },
  },
});
const WARMUP_MS = Number(args["warmup-seconds"]) * 1000;
const MAX_MS = Number(args["max-seconds"]) * 1000;
const HALF_MS = Number(args["half-seconds"]) * 1000;
const EXPORTERS = Number(args.exporters);
/** Someone else's `next build` in this checkout is waited for, at most this long. */
const OTHER_BUILD_WAIT_MS = 10 * 60_000;
/** Before the timed phases, wait for the rest of the machine to use less than this (0 to skip waiting). */
const QUIET_BUSY_CORES = 0.3;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = readMachineInfo();
  log(`building ${args.templates} request templates`);
  const templates = buildRequestTemplates({ count: Number(args.templates), seed: 20_260_101 });
  let nonce = randomNonceBase();
  const nextNonce = () => nonce++;

  await waitForOtherBuilds();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-bench-"));
  const keys = {
    publicKey: `pk-bench-${randomBytes(8).toString("hex")}`,
    secretKey: `sk-bench-${randomBytes(16).toString("hex")}`,
  };
  log(`starting node scripts/start.mjs with data in ${dataDir} (builds first unless up to date)`);
  const server = await startSpanlight({
    dataDir,
    keys,
    skipBuild: args["skip-build"],
    nodeFlags: args["server-node-flags"],
  });
  const onSignal = () => void server.stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let isSuccess = false;
  try {
    const report = await runBench({ server, templates, nextNonce, keys, machine, startedAt });
    const out = path.resolve(REPO_ROOT, args.out);
    writeReport(out, report);
    writeFileSync(out.replace(/\.md$/, ".json"), JSON.stringify(report, null, 2));
    console.log(`\n${renderReport(report)}`);
    log(`wrote ${path.relative(REPO_ROOT, out)}`);
    isSuccess = true;
  } catch (error) {
    console.error(`\nserver log tail (${server.logFile}):\n${tail(server.logFile)}`);
    throw error;
  } finally {
    log("stopping the server (SIGINT)");
    await server.stop();
    if (isSuccess && !args["keep-data"]) rmSync(dataDir, { recursive: true, force: true });
    else log(`data kept in ${dataDir}`);
  }
}

async function runBench(context: {
  server: TSpanlightServer;
  templates: ReturnType<typeof buildRequestTemplates>;
  nextNonce: () => number;
  keys: { publicKey: string; secretKey: string };
  machine: TIngestReport["machine"];
  startedAt: string;
}): Promise<TIngestReport> {
  const { server, templates, nextNonce } = context;
  const databaseUrl = server.databaseUrl();
  const projectId = await projectOfKey(databaseUrl, context.keys.publicKey);
  const target: TTarget = { url: server.otlpTracesUrl, secretKey: context.keys.secretKey, templates, nextNonce };
  const phases: TPhaseResult[] = [];
  const idleMb = readMemory(server.pid).rssMb;
  const busyCores = await waitForQuietMachine({
    maxBusyCores: QUIET_BUSY_CORES,
    timeoutMs: Number(args["quiet-wait-minutes"]) * 60_000,
    onWait: (busy) => log(`waiting for a quieter machine: ${busy.toFixed(2)} cores busy elsewhere`),
  });
  log(`machine busy before the timed phases: ${busyCores.toFixed(2)} cores`);

  log(`warm-up: ${EXPORTERS} exporters for ${WARMUP_MS / 1000} s`);
  phases.push(await runClosedLoop({ name: "warm-up", target, exporters: EXPORTERS, durationMs: WARMUP_MS }));

  log(`max rate: ${EXPORTERS} exporters back-to-back for ${MAX_MS / 1000} s`);
  const memory = sampleMemory(server.pid);
  let before = snapshotCpu(server.pid);
  const maxPhase = await runClosedLoop({ name: "max rate", target, exporters: EXPORTERS, durationMs: MAX_MS });
  const max = summarizePhase(maxPhase, cpuBetween(before, snapshotCpu(server.pid)));
  const steadyMb = median(memory.stop().serverRssMb);
  phases.push(maxPhase);
  log(
    `max rate: ${Math.round(max.spansPerSecond)} spans/s, p99 ${Math.round(max.answerP99Ms)} ms, ${max.status429} × 429`,
  );

  const halfRate = max.spansPerSecond / 2;
  log(`half rate: open loop at ${Math.round(halfRate)} spans/s for ${HALF_MS / 1000} s`);
  const halfMemory = sampleMemory(server.pid);
  before = snapshotCpu(server.pid);
  const halfPhase = await runOpenLoop({ name: "half rate", target, spansPerSecond: halfRate, durationMs: HALF_MS });
  const half = summarizePhase(halfPhase, cpuBetween(before, snapshotCpu(server.pid)));
  const halfSamples = halfMemory.stop();
  phases.push(halfPhase);
  log(`half rate: p50 ${Math.round(half.storedP50Ms)} ms, p99 ${Math.round(half.storedP99Ms)} ms`);
  const serverMemory = readMemory(server.pid);
  const storage = await readStorage(databaseUrl);

  // The ingest cost of the search index, in the same run: the same load with the trigram GIN dropped.
  log(`max rate without the search index: ${EXPORTERS} exporters for ${MAX_MS / 1000} s`);
  await sql(databaseUrl, "DROP INDEX span_search_body_idx");
  before = snapshotCpu(server.pid);
  const noIndexPhase = await runClosedLoop({
    name: "max rate, no search index",
    target,
    exporters: EXPORTERS,
    durationMs: MAX_MS,
  });
  const noIndex = summarizePhase(noIndexPhase, cpuBetween(before, snapshotCpu(server.pid)));
  phases.push(noIndexPhase);
  log(`max rate without the search index: ${Math.round(noIndex.spansPerSecond)} spans/s`);

  const copyProjectId = `bench-copy-${randomBytes(6).toString("hex")}`;
  const copyTemplates = templates.map((template) => buildCopyTemplate(template, copyProjectId));
  const batches = Math.round(max.storedSpans / 512);
  const copy = [];
  const copyCpu = [];
  for (const connections of [1, 2]) {
    log(`raw COPY: ${batches} batches of 512 rows over ${connections} connection(s)`);
    before = snapshotCpu(server.pid);
    copy.push(await runCopyBaseline({ databaseUrl, templates: copyTemplates, batches, connections, nextNonce }));
    copyCpu.push(cpuBetween(before, snapshotCpu(server.pid)));
    log(`raw COPY: ${Math.round(copyRowsPerSecond(copy.at(-1)!))} rows/s`);
  }
  await sql(databaseUrl, MINIMAL_TABLE_SQL);
  const minimalTemplates = templates.map((template) => buildMinimalCopyTemplate(template));
  const minimalCopy = [];
  const minimalCopyCpu = [];
  for (const connections of [1, 2]) {
    log(`minimal-table COPY: ${batches} batches of 512 rows over ${connections} connection(s)`);
    before = snapshotCpu(server.pid);
    minimalCopy.push(
      await runCopyBaseline({
        databaseUrl,
        templates: minimalTemplates,
        batches,
        connections,
        nextNonce,
        copySql: MINIMAL_COPY_SQL,
      }),
    );
    minimalCopyCpu.push(cpuBetween(before, snapshotCpu(server.pid)));
    log(`minimal-table COPY: ${Math.round(copyRowsPerSecond(minimalCopy.at(-1)!))} rows/s`);
  }
  const minimalBytes = await readMinimalBytes(databaseUrl);

  log("verifying every acknowledged span is stored");
  const sent = phases.flatMap((phase) => phase.requests.filter((request) => request.outcome.isStored));
  const stored = await verifyStored({ databaseUrl, projectId, templates, sent });
  const facts = await readDatabaseFacts({ databaseUrl, projectIds: [projectId, copyProjectId] });
  const report: TIngestReport = {
    command: ["npx tsx bench/ingest/run-ingest-bench.ts", ...process.argv.slice(2)].join(" "),
    startedAt: context.startedAt,
    machine: context.machine,
    postgresVersion: facts.serverVersion,
    busyBeforeCores: busyCores,
    workload: {
      bodyBytes: templates[0]!.body.bytes.length,
      templates: templates.length,
      exporters: EXPORTERS,
      warmupSeconds: WARMUP_MS / 1000,
      maxSeconds: MAX_MS / 1000,
      halfSeconds: HALF_MS / 1000,
    },
    max,
    half,
    copy,
    copyCpu,
    minimalCopy,
    minimalCopyCpu,
    noIndex,
    storage: { ...storage, minimalBytesPerSpan: minimalBytes },
    rss: {
      idleMb,
      peakMb: serverMemory.peakRssMb,
      steadyMb,
      endMb: serverMemory.rssMb,
      postgresPssMb: Math.max(0, ...halfSamples.postgresPssMb),
    },
    bytesPerSpan: { ingest: facts.bytesPerSpan[projectId] ?? 0, copy: facts.bytesPerSpan[copyProjectId] ?? 0 },
    stored,
  };
  log(`ratio ingest/COPY: ${ingestRatio(report).ratio.toFixed(2)}`);
  return report;
}

async function sql(databaseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Bytes on disk per row of the minimal table: heap, TOAST, key and time index. */
async function readMinimalBytes(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE span_minimal");
    const result = await client.query<{ bytes: string; rows: string }>(
      "SELECT pg_total_relation_size('span_minimal') AS bytes, (SELECT count(*) FROM span_minimal) AS rows",
    );
    return Number(result.rows[0]!.bytes) / Math.max(1, Number(result.rows[0]!.rows));
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

/** A concurrent `next build` in this checkout would both slow the run and race ours on apps/web/.next. */
async function waitForOtherBuilds(): Promise<void> {
  const deadline = Date.now() + OTHER_BUILD_WAIT_MS;
  for (
    let builds = otherBuildsRunning(new Set([process.pid]), REPO_ROOT);
    builds.length > 0;
    builds = otherBuildsRunning(new Set([process.pid]), REPO_ROOT)
  ) {
    if (Date.now() > deadline)
      throw new Error(`another build is still running after ${OTHER_BUILD_WAIT_MS / 60_000} min: ${builds[0]}`);
    log(`waiting for another build to finish: ${builds[0]}`);
    await sleep(10_000);
  }
}

main().catch((error: unknown) => {
  console.error("ingest bench failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
