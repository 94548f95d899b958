import { RetryLaterError } from "@spanlight/core";
import type { Pool, PoolClient } from "pg";
import { copyNewSpans, UNIQUE_VIOLATION } from "./copy-spans.ts";
import { insertSpans, spanKey } from "./insert-spans.ts";
import { copySearchBodies } from "./search-body.ts";
import { isConnectionError, isTransientConflict } from "./is-connection-error.ts";
import type { TSpanRow } from "./span-row.ts";
import { aggregateTraceDeltas, upsertTraces } from "./upsert-traces.ts";

export type TSpanWriterOptions = {
  pool: Pool;
  /** Spans waiting for a transaction, at most; past it writes are refused with 429. */
  maxQueuedSpans?: number;
  /** Bytes waiting, at most (the bound that keeps memory flat when spans are large). */
  maxQueuedBytes?: number;
  /** Spans per transaction, at most. */
  maxBatchSpans?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
};

export type TWriteResult = { insertedSpans: number; duplicateSpans: number };

type TPendingWrite = {
  rows: TSpanRow[];
  bytes: number;
  resolve: (result: TWriteResult) => void;
  reject: (error: unknown) => void;
};

const RETRY_AFTER_OVERLOADED_SECONDS = 1;
const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;
const MAX_CONFLICT_RETRIES = 3;

/**
 * Group commit: concurrent requests' spans share transactions, so throughput does not hinge on one
 * round trip per request, and each request is answered only after its spans are committed. The queue
 * is bounded in spans and bytes; when it is full the caller gets a 429 to pass on (every OTLP exporter
 * retries it) instead of the process growing without limit.
 */
export class SpanWriter {
  private readonly pool: Pool;
  private readonly maxQueuedSpans: number;
  private readonly maxQueuedBytes: number;
  private readonly maxBatchSpans: number;
  private readonly concurrency: number;
  private readonly queue: TPendingWrite[] = [];
  private queuedSpans = 0;
  private queuedBytes = 0;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(options: TSpanWriterOptions) {
    this.pool = options.pool;
    // A few transactions' worth: past that, waiting longer only adds latency and memory, and a 429
    // (which every OTLP exporter retries) spreads the load better (bench/results/ingest-analysis.md).
    this.maxQueuedSpans = options.maxQueuedSpans ?? 10_000;
    this.maxQueuedBytes = options.maxQueuedBytes ?? 64 * 1024 * 1024;
    this.maxBatchSpans = options.maxBatchSpans ?? 2_000;
    this.concurrency = options.concurrency ?? 2;
  }

  /** Resolves once the rows are committed; rejects with RetryLaterError when overloaded or the database is away. */
  write(rows: TSpanRow[]): Promise<TWriteResult> {
    if (rows.length === 0) return Promise.resolve({ insertedSpans: 0, duplicateSpans: 0 });
    const bytes = rows.reduce((sum, row) => sum + row.sizeBytes, 0);
    const isQueueEmpty = this.queue.length === 0;
    const wouldOverflow = this.queuedSpans + rows.length > this.maxQueuedSpans || this.queuedBytes + bytes > this.maxQueuedBytes;
    // One request larger than the whole bound is still accepted when nothing else waits.
    if (wouldOverflow && !isQueueEmpty) {
      return Promise.reject(
        new RetryLaterError({
          status: 429,
          message: "Spanlight is busy writing spans: retry shortly",
          retryAfterSeconds: RETRY_AFTER_OVERLOADED_SECONDS,
        }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, bytes, resolve, reject });
      this.queuedSpans += rows.length;
      this.queuedBytes += bytes;
      this.pump();
    });
  }

  /** Waits until everything queued has been written (used on shutdown). */
  async drain(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  get stats() {
    return { queuedSpans: this.queuedSpans, queuedBytes: this.queuedBytes, inFlight: this.inFlight };
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.queue.length > 0) {
      const group = this.takeGroup();
      this.inFlight += 1;
      void this.commitGroup(group).finally(() => {
        this.inFlight -= 1;
        this.pump();
        if (this.queue.length === 0 && this.inFlight === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
      });
    }
  }

  private takeGroup(): TPendingWrite[] {
    const group: TPendingWrite[] = [];
    let spans = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (group.length > 0 && spans + next.rows.length > this.maxBatchSpans) break;
      this.queue.shift();
      group.push(next);
      spans += next.rows.length;
      this.queuedSpans -= next.rows.length;
      this.queuedBytes -= next.bytes;
    }
    return group;
  }

  private async commitGroup(group: TPendingWrite[]): Promise<void> {
    try {
      const inserted = await this.commitRows(group.flatMap((write) => write.rows));
      for (const write of group) write.resolve(countResult(write.rows, inserted));
    } catch (error) {
      if (isConnectionError(error) || group.length === 1) {
        for (const write of group) write.reject(toAnswerableError(error));
        return;
      }
      // One request's bad row must not fail the others that shared its transaction.
      for (const write of group) {
        await this.commitRows(write.rows).then(
          (inserted) => write.resolve(countResult(write.rows, inserted)),
          (singleError: unknown) => write.reject(toAnswerableError(singleError)),
        );
      }
    }
  }

  private async commitRows(rows: TSpanRow[], attempt = 0): Promise<Set<string>> {
    const uniqueRows = uniqueByKey(rows);
    try {
      return await this.runTransaction(uniqueRows, copyNewSpans);
    } catch (error) {
      // A concurrent transaction stored one of these spans first (COPY cannot skip it): the
      // INSERT … ON CONFLICT path skips what is there and stores the rest.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return this.runTransaction(uniqueRows, insertSpans);
      if (isTransientConflict(error) && attempt < MAX_CONFLICT_RETRIES) return this.commitRows(rows, attempt + 1);
      throw error;
    }
  }

  private async runTransaction(
    rows: TSpanRow[],
    insert: (client: PoolClient, rows: TSpanRow[]) => Promise<Set<string>>,
  ): Promise<Set<string>> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const inserted = await insert(client, rows);
      const newRows = rows.filter((row) => inserted.has(spanKey(row.projectId, row.traceId, row.spanId)));
      await copySearchBodies(client, newRows);
      await upsertTraces(client, aggregateTraceDeltas(newRows));
      await client.query("COMMIT");
      return inserted;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * The same span twice in one transaction (a retry racing its original) is inserted once and must be
 * rolled up once. Sorting keeps concurrent transactions taking row locks in one order (no deadlocks).
 */
function uniqueByKey(rows: TSpanRow[]): TSpanRow[] {
  const byKey = new Map<string, TSpanRow>();
  for (const row of rows) {
    const key = spanKey(row.projectId, row.traceId, row.spanId);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function countResult(rows: TSpanRow[], inserted: Set<string>): TWriteResult {
  const insertedSpans = rows.filter((row) => inserted.has(spanKey(row.projectId, row.traceId, row.spanId))).length;
  return { insertedSpans, duplicateSpans: rows.length - insertedSpans };
}

function toAnswerableError(error: unknown): unknown {
  if (!isConnectionError(error)) return error;
  return new RetryLaterError({
    status: 503,
    message: "The database is unavailable: retry later",
    retryAfterSeconds: RETRY_AFTER_UNAVAILABLE_SECONDS,
  });
}
