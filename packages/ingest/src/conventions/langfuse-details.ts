import type { TProvidedCost } from "../types.ts";
import { asCount, asNumber, asRecord, isRecord } from "../normalize/attribute-values.ts";

/*
 * Langfuse `usage_details` / `cost_details` are maps from free-form keys to numbers. Langfuse stores
 * EXCLUSIVE buckets: its SDKs subtract `prompt_tokens_details` from `input` and put them under
 * `input_cached_tokens`, `input_audio_tokens`…, and likewise `output_reasoning_tokens` (SEMCONV.md §5).
 * Anthropic-shaped maps (`input_tokens` + `cache_read_input_tokens`) are exclusive too. Spanlight
 * keeps INCLUSIVE totals, so every input-side bucket is added back into input and every output-side
 * bucket into output. An OpenAI-shaped map (`prompt_tokens`, `completion_tokens`) is already inclusive.
 */

const CACHE_READ = /cache_?read|cached/;
const CACHE_WRITE = /cache_?(creation|write)/;
const REASONING = /reasoning/;

export type TInclusiveUsage = {
  input: number | null;
  output: number | null;
  total: number | null;
  cacheRead: number | null;
  cacheWrite: number | null;
  reasoning: number | null;
};

type TSide = "input" | "output" | "total" | null;

function sideOf(key: string): TSide {
  if (key === "total" || key === "total_tokens") return "total";
  if (key.startsWith("input") || CACHE_READ.test(key) || CACHE_WRITE.test(key)) return "input";
  if (key.startsWith("output")) return "output";
  return null;
}

export function usageFromDetails(value: unknown): TInclusiveUsage | null {
  const details = asRecord(value);
  if (details === null) return null;
  if (details.input === undefined && details.input_tokens === undefined && details.prompt_tokens !== undefined) {
    return usageFromOpenAiShape(details);
  }
  const usage: TInclusiveUsage = {
    input: null,
    output: null,
    total: null,
    cacheRead: null,
    cacheWrite: null,
    reasoning: null,
  };
  const base = { input: null as number | null, output: null as number | null };
  for (const [key, raw] of Object.entries(details)) {
    const count = asCount(raw);
    if (count === null) continue;
    const side = sideOf(key);
    if (side === "total") usage.total ??= count;
    if (side === "input") usage.input = (usage.input ?? 0) + count;
    if (side === "output") usage.output = (usage.output ?? 0) + count;
    if (key === "input" || key === "input_tokens") base.input = (base.input ?? 0) + count;
    if (key === "output" || key === "output_tokens") base.output = (base.output ?? 0) + count;
    if (CACHE_READ.test(key)) usage.cacheRead = (usage.cacheRead ?? 0) + count;
    else if (CACHE_WRITE.test(key)) usage.cacheWrite = (usage.cacheWrite ?? 0) + count;
    else if (REASONING.test(key)) usage.reasoning = (usage.reasoning ?? 0) + count;
  }
  return isInclusiveMap(usage, base) ? { ...usage, input: base.input, output: base.output } : usage;
}

/**
 * Hand-written maps sometimes pass OpenAI's inclusive `prompt_tokens` as `input` next to
 * `input_cached_tokens`. The total tells: exclusive buckets add up to it, inclusive ones do not,
 * while input + output alone does. Adding the buckets then would count the cache twice.
 */
function isInclusiveMap(usage: TInclusiveUsage, base: { input: number | null; output: number | null }): boolean {
  if (usage.total === null || base.input === null) return false;
  const bucketSum = (usage.input ?? 0) + (usage.output ?? 0);
  const baseSum = base.input + (base.output ?? 0);
  return usage.total === baseSum && usage.total !== bucketSum;
}

function usageFromOpenAiShape(details: Record<string, unknown>): TInclusiveUsage {
  const promptDetails = isRecord(details.prompt_tokens_details) ? details.prompt_tokens_details : {};
  const completionDetails = isRecord(details.completion_tokens_details) ? details.completion_tokens_details : {};
  return {
    input: asCount(details.prompt_tokens),
    output: asCount(details.completion_tokens),
    total: asCount(details.total_tokens),
    cacheRead: asCount(promptDetails.cached_tokens),
    cacheWrite: null,
    reasoning: asCount(completionDetails.reasoning_tokens),
  };
}

/** Cost per side is the sum of that side's buckets; the total is `total`, else the sum of all. */
export function costFromDetails(value: unknown): TProvidedCost | null {
  const details = asRecord(value);
  if (details === null) return null;
  let input: number | null = null;
  let output: number | null = null;
  let total: number | null = null;
  let sum = 0;
  let hasAny = false;
  for (const [key, raw] of Object.entries(details)) {
    const amount = asNumber(raw);
    if (amount === null) continue;
    const side = sideOf(key);
    if (side === "total") {
      total ??= amount;
      continue;
    }
    hasAny = true;
    sum += amount;
    if (side === "input") input = (input ?? 0) + amount;
    if (side === "output") output = (output ?? 0) + amount;
  }
  const resolvedTotal = total ?? (hasAny ? sum : null);
  return resolvedTotal === null ? null : { input, output, total: resolvedTotal };
}
