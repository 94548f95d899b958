import type { TKeysetCursor } from "./keyset-cursor.ts";

const DEFAULT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type TTimeWindow = { from: string; to: string };

/**
 * The window a list reads: the cursor's on later pages (fixed by the first page), else `to`
 * defaulting to now and `from` to 24 hours before `to`.
 */
export function resolveTimeWindow(query: { from?: string; to?: string }, cursor: TKeysetCursor | null): TTimeWindow {
  if (cursor) return { from: cursor.from, to: cursor.to };
  // Given bounds pass through as written (PostgreSQL keeps their microseconds and offsets).
  const to = query.to ?? new Date().toISOString();
  const from = query.from ?? new Date(Date.parse(to) - DEFAULT_WINDOW_MS).toISOString();
  return { from, to };
}
