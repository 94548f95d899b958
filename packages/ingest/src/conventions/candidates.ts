import type { TAttributes } from "../otlp/types.ts";
import type { TCandidateOffer, TCandidates, TConventionRecord, TSpanInput } from "./types.ts";

/**
 * Records offered values, e.g. `{ model: { "gen_ai.response.model": value } }`, skipping null and
 * undefined; the first offer for a key stays. Source keys are checked against PRECEDENCE.
 */
export function offer(candidates: TCandidates, offered: TCandidateOffer): void {
  const target = candidates as Record<string, Record<string, unknown> | undefined>;
  // for…in over the literal: this runs ~20 times per span and Object.entries allocated most of its time away.
  for (const field in offered) {
    const sources = (offered as Record<string, Record<string, unknown> | undefined>)[field];
    if (sources === undefined) continue;
    for (const source in sources) {
      const value = sources[source];
      if (value === null || value === undefined) continue;
      const slot = (target[field] ??= {});
      if (slot[source] === undefined) slot[source] = value;
    }
  }
}

const EMPTY_RECORD: TConventionRecord = Object.freeze({ candidates: Object.freeze({}), metadata: null });

/** A module whose namespaces are all absent from the span has nothing to say; skipping it is the fast path. */
export function hasNamespace(span: TSpanInput, namespaces: readonly string[]): boolean {
  return namespaces.some((namespace) => span.namespaces.has(namespace));
}

export function emptyRecord(): TConventionRecord {
  return EMPTY_RECORD;
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
