import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createRandom } from "../lib/random.ts";
import { SPAN_COPY_SQL } from "./copy-text.ts";
import { generateTrace, SEARCH_COPY_SQL, TRACE_COPY_SQL } from "./generate-trace.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const TRACES_PER_COPY = 2_000;
const CONNECTIONS = 2;

export type TSeedResult = { traces: number; spans: number; copySeconds: number; indexSeconds: number; isCut: boolean };

/**
 * COPYs `traces` traces of `spansPerTrace` spans with start times spread over the `spreadDays` (7) days before `nowMs`,
 * over 2 connections, with the span and trace indexes dropped during the load and rebuilt after (as a
 * restore does). Stops early (whole batches) once `budgetMs` is spent; start times are random, so a cut
 * run still covers the 7 days evenly.
 */
export async function seedTraces(options: {
  databaseUrl: string;
  projectId: string;
  traces: number;
  spansPerTrace: number;
  nowMs: number;
  budgetMs: number;
  spreadDays?: number;
  log: (message: string) => void;
  /** Runs after the COPY, before the indexes are rebuilt. */
  beforeRebuild?: () => Promise<void>;
}): Promise<TSeedResult> {
  const spreadMs = (options.spreadDays ?? 7) * DAY_MS;
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  try {
    const rebuild = await dropIndexes(admin);
    const startedAt = performance.now();
    let nextBatch = 0;
    let traces = 0;
    let isCut = false;
    const batches = Math.ceil(options.traces / TRACES_PER_COPY);
    const worker = async (workerIndex: number) => {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      await client.query("SET synchronous_commit = off");
      const random = createRandom(1_000 + workerIndex);
      try {
        while (nextBatch < batches) {
          if (performance.now() - startedAt > options.budgetMs) {
            isCut = true;
            return;
          }
          const batch = nextBatch++;
          const count = Math.min(TRACES_PER_COPY, options.traces - batch * TRACES_PER_COPY);
          let spanText = "";
          let traceText = "";
          let searchText = "";
          for (let index = 0; index < count; index += 1) {
            const generated = generateTrace({
              projectId: options.projectId,
              traceId: randomBytes(16).toString("hex"),
              startMs: options.nowMs - Math.floor(random.next() * spreadMs) - 60_000,
              spanCount: options.spansPerTrace,
              random,
            });
            spanText += generated.spanLines;
            traceText += generated.traceLine;
            searchText += generated.searchLines;
          }
          await client.query("BEGIN");
          await pipeline(Readable.from([spanText]), client.query(copyFrom(SPAN_COPY_SQL)));
          await pipeline(Readable.from([traceText]), client.query(copyFrom(TRACE_COPY_SQL)));
          await pipeline(Readable.from([searchText]), client.query(copyFrom(SEARCH_COPY_SQL)));
          await client.query("COMMIT");
          traces += count;
          if (batch % 25 === 0) {
            const seconds = (performance.now() - startedAt) / 1000;
            options.log(`seeded ${traces.toLocaleString("en-US")} traces in ${seconds.toFixed(0)} s (${Math.round((traces * options.spansPerTrace) / seconds).toLocaleString("en-US")} spans/s)`);
          }
        }
      } finally {
        await client.end();
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => worker(index)));
    const copySeconds = (performance.now() - startedAt) / 1000;
    options.log(`COPY done: ${traces.toLocaleString("en-US")} traces in ${copySeconds.toFixed(0)} s; rebuilding indexes`);
    await options.beforeRebuild?.();
    const indexStartedAt = performance.now();
    await rebuild();
    const indexSeconds = (performance.now() - indexStartedAt) / 1000;
    return { traces, spans: traces * options.spansPerTrace, copySeconds, indexSeconds, isCut };
  } finally {
    await admin.end();
  }
}

/** Drops the span and trace indexes (primary keys included) and returns what rebuilds them as the migrations made them. */
async function dropIndexes(client: pg.Client): Promise<() => Promise<void>> {
  const constraints = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid IN ('span'::regclass, 'trace'::regclass, 'span_search'::regclass) AND contype = 'p'`,
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE tablename IN ('span', 'trace', 'span_search') AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype = 'p')`,
  );
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
  for (const constraint of constraints.rows) await client.query(`ALTER TABLE ${constraint.table} DROP CONSTRAINT "${constraint.name}"`);
  return async () => {
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const constraint of constraints.rows) {
      await client.query(`ALTER TABLE ${constraint.table} ADD CONSTRAINT "${constraint.name}" ${constraint.definition}`);
    }
    for (const index of indexes.rows) await client.query(index.definition);
    await client.query("VACUUM ANALYZE span");
    await client.query("VACUUM ANALYZE trace");
    await client.query("VACUUM ANALYZE span_search");
  };
}

/** A big trace (20,000 or 100,000 spans): a root, CHAIN steps of 99 children each, started an hour before `nowMs`. */
export async function seedBigTrace(options: { databaseUrl: string; projectId: string; traceId: string; spanCount: number; nowMs: number }): Promise<void> {
  const generated = generateTrace({
    projectId: options.projectId,
    traceId: options.traceId,
    startMs: options.nowMs - 60 * 60 * 1000,
    spanCount: options.spanCount,
    random: createRandom(7),
    rootName: "big-agent-run",
    fanOut: 99,
  });
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await pipeline(Readable.from([generated.spanLines]), client.query(copyFrom(SPAN_COPY_SQL)));
    await pipeline(Readable.from([generated.traceLine]), client.query(copyFrom(TRACE_COPY_SQL)));
    await pipeline(Readable.from([generated.searchLines]), client.query(copyFrom(SEARCH_COPY_SQL)));
  } finally {
    await client.end();
  }
}
