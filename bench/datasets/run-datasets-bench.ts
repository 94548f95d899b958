// Datasets at scale (issue 13, "Speed"): `--items` items of ~2 KB imported and exported through HTTP
// (`npm start`, the public API with a secret key), the server's RSS while each export streams, and
// the items page p95; each next to a baseline in the same run: PostgreSQL's own COPY of the same
// bytes in, and of the same rows out. Usage:
// npx tsx bench/datasets/run-datasets-bench.ts [--items 100000] [--page-requests 100] [--skip-build] [--keep-data]
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { readMachineInfo } from "../lib/machine-info.ts";
import { readMemory } from "../lib/proc-stats.ts";
import { startSpanlight } from "../lib/spanlight-server.ts";
import type { TSpanlightServer } from "../lib/spanlight-server.ts";
import { percentile, round } from "../lib/stats.ts";
import { jsonlChunks } from "./generate-items.ts";

const { values: args } = parseArgs({
  options: {
    items: { type: "string", default: "100000" },
    "page-requests": { type: "string", default: "100" },
    "skip-build": { type: "boolean", default: false },
    "keep-data": { type: "boolean", default: false },
    out: { type: "string", default: "bench/results/datasets.md" },
  },
});
const ITEMS = Number(args.items);
const PAGE_REQUESTS = Number(args["page-requests"]);
const FORMATS = ["jsonl", "csv", "openai", "dspy"] as const;
const DATASET = "bench-dataset";
const SETTLE_MS = 10_000;
const log = (message: string) => console.log(`[datasets ${new Date().toISOString().slice(11, 19)}] ${message}`);

type TTransfer = {
  name: string;
  bytes: number;
  seconds: number;
  lines?: number;
  peakRssMb?: number;
  rssBeforeMb?: number;
};

/** Samples the server's RSS every 100 ms while `work` runs; the peak is of the samples, not VmHWM (the import raised that). */
async function withRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = readMemory(pid).rssMb;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, readMemory(pid).rssMb)), 100);
  try {
    return { result: await work(), before, peak };
  } finally {
    clearInterval(timer);
  }
}

async function importThroughHttp(server: TSpanlightServer, secretKey: string): Promise<TTransfer> {
  let bytes = 0;
  async function* counted() {
    for await (const chunk of jsonlChunks(ITEMS)) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  const startedAt = performance.now();
  const response = await fetch(`${server.baseUrl}/api/public/datasets/${DATASET}/import?format=jsonl`, {
    method: "POST",
    headers: { authorization: `Bearer ${secretKey}`, "content-type": "application/x-ndjson" },
    body: Readable.toWeb(Readable.from(counted())) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit);
  const text = await response.text();
  if (!response.ok) throw new Error(`import answered ${response.status}: ${text.slice(0, 300)}`);
  const seconds = (performance.now() - startedAt) / 1000;
  log(`import: ${text}`);
  return { name: "HTTP POST …/import?format=jsonl", bytes, seconds, lines: ITEMS };
}

async function exportThroughHttp(server: TSpanlightServer, secretKey: string, format: string): Promise<TTransfer> {
  const measured = await withRss(server.pid, async () => {
    const startedAt = performance.now();
    const response = await fetch(`${server.baseUrl}/api/public/datasets/${DATASET}/export?format=${format}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    if (!response.ok || !response.body) throw new Error(`export ${format} answered ${response.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    return { bytes, lines, seconds: (performance.now() - startedAt) / 1000 };
  });
  const { bytes, lines, seconds } = measured.result;
  log(
    `export ${format}: ${round(bytes / 1e6)} MB, ${lines} lines in ${round(seconds, 1)} s, RSS ${round(measured.before)} → peak ${round(measured.peak)} MB`,
  );
  return {
    name: `HTTP GET …/export?format=${format}`,
    bytes,
    seconds,
    lines,
    peakRssMb: measured.peak,
    rssBeforeMb: measured.before,
  };
}

/** Baseline in: the same JSONL bytes COPYed as one jsonb column into a scratch table (no parsing, versions or checks). */
async function copyInBaseline(databaseUrl: string): Promise<TTransfer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("CREATE UNLOGGED TABLE IF NOT EXISTS bench_copy_in (doc jsonb)");
    let bytes = 0;
    async function* counted() {
      for await (const chunk of jsonlChunks(ITEMS)) {
        bytes += chunk.byteLength;
        yield Buffer.from(chunk);
      }
    }
    const startedAt = performance.now();
    // CSV with quote and delimiter bytes that never occur in JSON: each line arrives as it is.
    await pipeline(
      Readable.from(counted()),
      client.query(
        copyFrom(`COPY bench_copy_in (doc) FROM STDIN WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')`),
      ),
    );
    const seconds = (performance.now() - startedAt) / 1000;
    await client.query("DROP TABLE bench_copy_in");
    return { name: "baseline: COPY the same bytes into one jsonb column", bytes, seconds, lines: ITEMS };
  } finally {
    await client.end();
  }
}

/** Baseline out: the dataset's rows straight out of PostgreSQL with COPY TO STDOUT (no encoding, no HTTP). */
async function copyOutBaseline(databaseUrl: string): Promise<TTransfer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let bytes = 0;
    const startedAt = performance.now();
    await pipeline(
      client.query(
        copyTo(
          `COPY (SELECT i.id, i.input, i.expected_output, i.metadata, i.source_trace_id, i.source_span_id
                   FROM dataset_item i JOIN dataset d ON d.id = i.dataset_id
                  WHERE d.name = '${DATASET}' AND i.valid_to IS NULL AND i.status = 'active' ORDER BY i.id) TO STDOUT`,
        ),
      ),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.byteLength;
          done();
        },
      }),
    );
    return { name: "baseline: COPY the same rows TO STDOUT", bytes, seconds: (performance.now() - startedAt) / 1000 };
  } finally {
    await client.end();
  }
}

/** First pages, then a walk along the cursor chain: `PAGE_REQUESTS` requests of 50 items, one at a time. */
async function itemPages(server: TSpanlightServer, secretKey: string): Promise<{ first: number[]; walk: number[] }> {
  const get = async (query: string) => {
    const startedAt = performance.now();
    const response = await fetch(`${server.baseUrl}/api/public/datasets/${DATASET}/items?${query}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    const body = (await response.json()) as { data: unknown[]; nextCursor: string | null };
    if (!response.ok) throw new Error(`items answered ${response.status}`);
    return { ms: performance.now() - startedAt, body };
  };
  // The exports just before leave the server collecting garbage and PostgreSQL analysing the
  // imported table for a few seconds; pages timed inside that say more about them than about pages.
  await sleep(SETTLE_MS);
  for (let i = 0; i < 3; i += 1) await get("limit=50");
  const first: number[] = [];
  for (let i = 0; i < PAGE_REQUESTS / 2; i += 1) first.push((await get("limit=50")).ms);
  const walk: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < PAGE_REQUESTS / 2; i += 1) {
    const answer = await get(`limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    walk.push(answer.ms);
    cursor = answer.body.nextCursor;
    if (cursor === null) break;
  }
  return { first, walk };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const machine = readMachineInfo();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "spanlight-datasets-bench-"));
  const keys = {
    publicKey: `pk-bench-${randomBytes(8).toString("hex")}`,
    secretKey: `sk-bench-${randomBytes(16).toString("hex")}`,
  };
  let server: TSpanlightServer | null = null;
  let isDone = false;
  try {
    log(`starting the server (data in ${dataDir})`);
    server = await startSpanlight({ dataDir, keys, skipBuild: args["skip-build"] });
    const created = await fetch(`${server.baseUrl}/api/public/datasets`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify({ name: DATASET }),
    });
    if (created.status !== 201) throw new Error(`creating the dataset answered ${created.status}`);
    log(`importing ${ITEMS.toLocaleString("en-US")} items`);
    const imported = await withRss(server.pid, () => importThroughHttp(server!, keys.secretKey));
    const transfers: TTransfer[] = [{ ...imported.result, peakRssMb: imported.peak, rssBeforeMb: imported.before }];
    transfers.push(await copyInBaseline(server.databaseUrl()));
    for (const format of FORMATS) transfers.push(await exportThroughHttp(server, keys.secretKey, format));
    transfers.push(await copyOutBaseline(server.databaseUrl()));
    const pages = await itemPages(server, keys.secretKey);
    writeReport({ startedAt, machine, transfers, pages });
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
  transfers: TTransfer[];
  pages: { first: number[]; walk: number[] };
}): void {
  const { machine, transfers, pages } = input;
  const command = `npx tsx bench/datasets/run-datasets-bench.ts ${process.argv.slice(2).join(" ")}`.trim();
  const mb = (bytes: number) => bytes / 1e6;
  const rows = transfers.map((t) => {
    const perSecond = t.lines ? `${Math.round(t.lines / t.seconds).toLocaleString("en-US")}` : "–";
    const memory = t.peakRssMb === undefined ? "–" : `${round(t.rssBeforeMb!)} → ${round(t.peakRssMb)}`;
    return `| ${t.name} | ${round(mb(t.bytes), 1)} | ${round(t.seconds, 1)} | ${round(mb(t.bytes) / t.seconds, 1)} | ${perSecond} | ${memory} |`;
  });
  const all = [...pages.first, ...pages.walk];
  const pageRow = (name: string, samples: number[]) =>
    `| ${name} | ${samples.length} | ${round(percentile(samples, 50), 1)} | ${round(percentile(samples, 95), 1)} | ${round(Math.max(...samples), 1)} |`;
  writeFileSync(
    args.out,
    `# Datasets at scale

Started ${input.startedAt}.

\`\`\`sh
${command}
\`\`\`

Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.kernel}, Node ${machine.node}.
Load average at start ${machine.loadAverage} (the machine is shared with other builds and test runs).

${ITEMS.toLocaleString("en-US")} generated items of ~2 KB (a system + user chat input with ~1.1 KB of text, a ~600-character
expected output, small metadata; \`bench/datasets/generate-items.ts\`), imported as one JSONL request body streamed from
a generator into \`npm start\` on loopback, then exported in each format with the body read as it streams. The server's
RSS is sampled every 100 ms during each transfer (before → peak). Baselines in the same run: PostgreSQL's COPY of the
same bytes into one jsonb column (no parsing, checks or versioning) and of the same rows out (no encoding, no HTTP).

| Transfer | MB | s | MB/s | items/s | server RSS MB (before → peak) |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

Items page (\`GET /api/public/datasets/{name}/items?limit=50\`), ${SETTLE_MS / 1000} s after the last export, one request at a
time after 3 warm-ups: the first page repeated, then a walk along the cursor chain.

| Requests | n | p50 ms | p95 ms | max ms |
| --- | --- | --- | --- | --- |
${pageRow("first page", pages.first)}
${pageRow("cursor walk", pages.walk)}
${pageRow("all", all)}
`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
