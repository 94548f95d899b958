import type { TTraceSummary } from "@spanlight/core";

/** Appends a page, skipping traces already shown (a live update may have brought one in first). */
export function appendPage(rows: TTraceSummary[], page: TTraceSummary[]): TTraceSummary[] {
  const shown = new Set(rows.map((row) => row.traceId));
  return [...rows, ...page.filter((trace) => !shown.has(trace.traceId))];
}

/**
 * A live poll's first page against the rows shown: unseen traces go on top (newest first), shown
 * ones take the fresh rollup (a trace still running gains spans and cost), order otherwise kept.
 */
export function mergeLatest(
  rows: TTraceSummary[],
  latest: TTraceSummary[],
): { rows: TTraceSummary[]; freshIds: string[] } {
  const latestById = new Map(latest.map((trace) => [trace.traceId, trace]));
  const shown = new Set(rows.map((row) => row.traceId));
  const fresh = latest
    .filter((trace) => !shown.has(trace.traceId))
    .sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
  const updated = rows.map((row) => latestById.get(row.traceId) ?? row);
  return { rows: [...fresh, ...updated], freshIds: fresh.map((trace) => trace.traceId) };
}
