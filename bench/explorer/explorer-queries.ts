import { resetServerConfig } from "@spanlight/core/server";
import { ABSENT_TERM, COMMON_TERM, RARE_TERM, TAGS, USER_COUNT } from "./vocabulary.ts";
import { timeCalls } from "./measure.ts";
import type { TTiming } from "./measure.ts";

const REPETITIONS = 30;
const WARMUP = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TBigTraces = { spans20k: string; spans100k: string };
/** Peak growth of this process's memory while one call ran (sampled every 20 ms). */
export type TMemoryPeak = { name: string; rssGrowthMb: number; heapGrowthMb: number; bytes: number; ms: number };

/** Times the explorer's query functions against `databaseUrl` (imported only once DATABASE_URL points there). */
export async function measureQueries(options: {
  databaseUrl: string;
  projectId: string;
  bigTraces: TBigTraces;
  log: (message: string) => void;
}): Promise<{ timings: TTiming[]; memory: TMemoryPeak[] }> {
  process.env.DATABASE_URL = options.databaseUrl;
  resetServerConfig();
  const { ZTraceListQuery } = await import("@spanlight/core");
  const db = await import("@spanlight/db");
  const { projectId, bigTraces } = options;
  const list = async (input: Record<string, string>) => {
    const page = await db.listTraces({ projectId, query: ZTraceListQuery.parse(input) });
    return `${page.data.length} rows`;
  };
  const last24h = () => ({ to: new Date().toISOString() });
  const last7d = () => ({
    from: new Date(Date.now() - 7 * DAY_MS - 60_000).toISOString(),
    to: new Date().toISOString(),
  });
  /** Reads the streamed public detail to its end, as the HTTP answer would be written. */
  const streamed = async (traceId: string) => {
    const reader = (await db.streamTraceDetail({ projectId, traceId }))!.getReader();
    let bytes = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += Buffer.byteLength(read.value);
    return bytes;
  };
  const runs: [string, string, number, (repetition: number) => Promise<string>][] = [
    ["trace list, first page (24 h, newest first)", "p95 < 150 ms", 150, () => list(last24h())],
    [
      "trace list filtered by userId (24 h)",
      "p95 < 300 ms",
      300,
      (r) => list({ ...last24h(), userId: `user-${String(((r * 997) % USER_COUNT) + 1).padStart(5, "0")}` }),
    ],
    [
      "trace list filtered by tag (24 h, 6 tags 1-70 %)",
      "p95 < 300 ms",
      300,
      (r) => list({ ...last24h(), tags: TAGS[r % TAGS.length]![0] }),
    ],
    ["search, common term (24 h)", "p95 < 300 ms", 300, () => list({ ...last24h(), search: COMMON_TERM })],
    ["search, rare term (24 h)", "p95 < 300 ms", 300, () => list({ ...last24h(), search: RARE_TERM })],
    ["search, absent term (24 h)", "p95 < 300 ms", 300, () => list({ ...last24h(), search: ABSENT_TERM })],
    ["search, common term (7 days)", "p95 < 1 s", 1_000, () => list({ ...last7d(), search: COMMON_TERM })],
    ["search, rare term (7 days)", "p95 < 1 s", 1_000, () => list({ ...last7d(), search: RARE_TERM })],
    ["search, absent term (7 days)", "p95 < 1 s", 1_000, () => list({ ...last7d(), search: ABSENT_TERM })],
    [
      "getTraceTree, 20,000-span trace",
      "< 500 ms",
      500,
      async () => `${JSON.stringify(await db.getTraceTree({ projectId, traceId: bigTraces.spans20k })).length} B JSON`,
    ],
    [
      "public trace detail streamed (streamTraceDetail), 20,000-span trace",
      "p95 < 500 ms",
      500,
      async () => `${await streamed(bigTraces.spans20k)} B JSON`,
    ],
    [
      "getTraceDetail (not streamed, for comparison), 20,000-span trace",
      "–",
      500,
      async () =>
        `${JSON.stringify(await db.getTraceDetail({ projectId, traceId: bigTraces.spans20k })).length} B JSON`,
    ],
    [
      "getTraceTree, 100,000-span trace",
      "–",
      2_500,
      async () => `${JSON.stringify(await db.getTraceTree({ projectId, traceId: bigTraces.spans100k })).length} B JSON`,
    ],
  ];
  const timings: TTiming[] = [];
  const memory: TMemoryPeak[] = [];
  try {
    for (const [name, target, targetMs, call] of runs) {
      options.log(`timing ${name}`);
      timings.push(await timeCalls({ name, target, targetMs, warmup: WARMUP, repetitions: REPETITIONS, call }));
    }
    options.log("memory of one 100,000-span answer, streamed then whole");
    memory.push(
      await memoryPeak("streamTraceDetail, 100,000-span trace (read to the end)", () => streamed(bigTraces.spans100k)),
    );
    memory.push(
      await memoryPeak("getTraceDetail + JSON.stringify (the answer built whole), 100,000-span trace", async () =>
        Buffer.byteLength(JSON.stringify(await db.getTraceDetail({ projectId, traceId: bigTraces.spans100k }))),
      ),
    );
  } finally {
    await db.closeDb();
  }
  return { timings, memory };
}

async function memoryPeak(name: string, call: () => Promise<number>): Promise<TMemoryPeak> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peak = { rss: before.rss, heap: before.heapUsed };
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, now.rss), heap: Math.max(peak.heap, now.heapUsed) };
  }, 20);
  const startedAt = performance.now();
  const bytes = await call();
  const ms = performance.now() - startedAt;
  clearInterval(timer);
  const after = process.memoryUsage();
  peak = { rss: Math.max(peak.rss, after.rss), heap: Math.max(peak.heap, after.heapUsed) };
  const mb = (value: number) => value / 1024 / 1024;
  return { name, rssGrowthMb: mb(peak.rss - before.rss), heapGrowthMb: mb(peak.heap - before.heapUsed), bytes, ms };
}
