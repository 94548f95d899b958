import "server-only";
import type { TTraceSummary } from "@spanlight/core";
import { getTraceTree } from "@spanlight/db";
import { encodeCompactSpans } from "../lib/compact-spans";
import type { TCompactSpans } from "../lib/compact-spans";

export type TTraceTreeData = { trace: TTraceSummary; spans: TCompactSpans };

/** A trace's rollup and its spans without payloads, packed for the trip to the browser. */
export async function loadTraceTree(options: { projectId: string; traceId: string }): Promise<TTraceTreeData | null> {
  const tree = await getTraceTree(options);
  if (!tree) return null;
  return { trace: tree.trace, spans: encodeCompactSpans(tree.spans) };
}
