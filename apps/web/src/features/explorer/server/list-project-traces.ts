import "server-only";
import type { TTraceListPage, TTraceListQuery } from "@spanlight/core";
import { listTraces } from "@spanlight/db";

/** A page of the project's traces; a cursor of another sort or a forged one is a 400. */
export async function listProjectTraces(options: {
  projectId: string;
  query: TTraceListQuery;
}): Promise<TTraceListPage> {
  return listTraces(options);
}
