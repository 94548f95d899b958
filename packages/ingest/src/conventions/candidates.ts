import type { TAttributes } from "../otlp/types.ts";
import type { TCandidateOffer, TCandidates, TConventionRecord } from "./types.ts";

/**
 * Records offered values, e.g. `{ model: { "gen_ai.response.model": value } }`, skipping null and
 * undefined; the first offer for a key stays. Source keys are checked against PRECEDENCE.
 */
export function offer(candidates: TCandidates, offered: TCandidateOffer): void {
  const target = candidates as Record<string, Record<string, unknown> | undefined>;
  for (const [field, sources] of Object.entries(offered)) {
    if (sources === undefined) continue;
    for (const [source, value] of Object.entries(sources as Record<string, unknown>)) {
      if (value === null || value === undefined) continue;
      const slot = (target[field] ??= {});
      if (slot[source] === undefined) slot[source] = value;
    }
  }
}

export function toRecord(candidates: TCandidates, metadata: TAttributes | null = null): TConventionRecord {
  return { candidates, metadata };
}

/** Merges metadata maps left to right, so later sources override earlier ones key by key. */
export function mergeMetadata(...parts: (TAttributes | null)[]): TAttributes | null {
  let merged: TAttributes | null = null;
  for (const part of parts) {
    if (part === null) continue;
    merged = { ...(merged ?? {}), ...part };
  }
  return merged;
}
