import { resetServerConfig } from "@spanlight/core/server";
import { ABSENT_TERM, COMMON_TERM, RARE_TERM, TAGS, USER_COUNT } from "./vocabulary.ts";
import { timeCalls } from "./measure.ts";
import type { TTiming } from "./measure.ts";

const REPETITIONS = 30;
const WARMUP = 3;

/** Times the explorer's query functions against `databaseUrl` (imported only once DATABASE_URL points there). */
export async function measureQueries(options: { databaseUrl: string; projectId: string; bigTraceId: string; log: (message: string) => void }): Promise<TTiming[]> {
  process.env.DATABASE_URL = options.databaseUrl;
  resetServerConfig();
  const { ZTraceListQuery } = await import("@spanlight/core");
  const db = await import("@spanlight/db");
  const { projectId } = options;
  const list = async (input: Record<string, string>) => {
    const page = await db.listTraces({ projectId, query: ZTraceListQuery.parse(input) });
    return `${page.data.length} rows`;
  };
  const last24h = () => ({ to: new Date().toISOString() });
  const runs: [string, string, number, (repetition: number) => Promise<string>][] = [
    ["trace list, first page (24 h, newest first)", "p95 < 150 ms", 150, () => list(last24h())],
    ["trace list filtered by userId (24 h)", "p95 < 300 ms", 300, (r) => list({ ...last24h(), userId: `user-${String(((r * 997) % USER_COUNT) + 1).padStart(5, "0")}` })],
    ["trace list filtered by tag (24 h, 6 tags 1-70 %)", "p95 < 300 ms", 300, (r) => list({ ...last24h(), tags: TAGS[r % TAGS.length]![0] })],
    ["search, common term (24 h)", "p95 < 1 s", 1_000, () => list({ ...last24h(), search: COMMON_TERM })],
    ["search, rare term (24 h)", "p95 < 1 s", 1_000, () => list({ ...last24h(), search: RARE_TERM })],
    ["search, absent term (24 h, whole window scanned)", "p95 < 1 s", 1_000, () => list({ ...last24h(), search: ABSENT_TERM })],
    ["getTraceTree, 20,000-span trace", "< 500 ms", 500, async () => `${JSON.stringify(await db.getTraceTree({ projectId, traceId: options.bigTraceId })).length} B JSON`],
    ["getTraceDetail, 20,000-span trace", "< 500 ms", 500, async () => `${JSON.stringify(await db.getTraceDetail({ projectId, traceId: options.bigTraceId })).length} B JSON`],
  ];
  const timings: TTiming[] = [];
  try {
    for (const [name, target, targetMs, call] of runs) {
      options.log(`timing ${name}`);
      timings.push(await timeCalls({ name, target, targetMs, warmup: WARMUP, repetitions: REPETITIONS, call }));
    }
  } finally {
    await db.closeDb();
  }
  return timings;
}
