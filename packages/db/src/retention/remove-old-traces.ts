import { setTimeout as sleep } from "node:timers/promises";
import { deleteTraceBatch } from "./delete-trace-batch.ts";
import type { TRemoved } from "./delete-trace-batch.ts";

export type TBatchOptions = {
  /** Traces per statement: ~10 spans each, so 500 keeps one statement around 5,000 span rows. */
  batchSize?: number;
  /** A breather between batches, so ingestion gets the disk and the CPU between two deletes. */
  pauseMs?: number;
  signal?: AbortSignal;
};

export const DEFAULT_BATCH_SIZE = 500;
export const DEFAULT_PAUSE_MS = 20;

/** Removes a project's traces that started before `before` (all when null), batch by batch. */
export async function removeTracesInBatches(
  options: { projectId: string; before: Date | null } & TBatchOptions,
): Promise<TRemoved> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total: TRemoved = { traces: 0, spans: 0, scores: 0 };
  for (;;) {
    if (options.signal?.aborted) return total;
    const removed = await deleteTraceBatch({ projectId: options.projectId, before: options.before, limit });
    total.traces += removed.traces;
    total.spans += removed.spans;
    total.scores += removed.scores;
    if (removed.traces < limit) return total;
    await sleep(options.pauseMs ?? DEFAULT_PAUSE_MS);
  }
}
