import type { TSavedView } from "@spanlight/core";

export const SAVED_VIEW_SELECT = { id: true, name: true, query: true, createdAt: true } as const;

/** Picks the answered fields one by one, so a column added later never leaks by accident. */
export function toSavedView(row: { id: string; name: string; query: string; createdAt: Date }): TSavedView {
  return { id: row.id, name: row.name, query: row.query, createdAt: row.createdAt.toISOString() };
}
