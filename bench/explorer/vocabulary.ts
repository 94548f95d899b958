import type { TSpanRowKind } from "@spanlight/db";

/** Tags with different frequencies, so tag filters range from common to rare (probability per trace). */
export const TAGS: [string, number][] = [
  ["production", 0.7],
  ["web", 0.45],
  ["mobile", 0.25],
  ["beta", 0.1],
  ["eval", 0.05],
  ["canary", 0.01],
];

export const USER_COUNT = 5_000;
export const MODELS: [string, string][] = [
  ["gpt-4o-mini", "openai"],
  ["gpt-4o", "openai"],
  ["claude-3-5-haiku", "anthropic"],
  ["gemini-1.5-flash", "google"],
];

/** Child span kinds in the order a trace's children take them. */
export const CHILD_KINDS: TSpanRowKind[] = ["LLM", "RETRIEVER", "TOOL", "LLM", "CHAIN", "LLM", "TOOL", "EMBEDDING", "LLM"];

/** Topics; "refund" is in about a third of traces (the common search term). */
export const TOPICS = [
  "refund for a damaged parcel",
  "reset my account password",
  "refund status of order",
  "compare premium and basic plans",
  "translate the onboarding email",
  "summarise the quarterly report",
  "refund policy for digital goods",
  "schedule a delivery window",
  "explain the invoice line items",
];

const FILLER = [
  "customer", "asked", "about", "their", "latest", "order", "shipping", "address", "changed", "support",
  "agent", "checked", "the", "knowledge", "base", "and", "found", "matching", "article", "answer",
];

/** A rare term: put in about one trace in RARE_TERM_EVERY. */
export const RARE_TERM = "quokkaxylophone";
export const RARE_TERM_EVERY = 100_000;
export const COMMON_TERM = "refund";
/** A term no trace has: the search scans the whole window. */
export const ABSENT_TERM = "zzyzxnotpresent";

export function fillerSentence(seed: number, words: number): string {
  let text = "";
  for (let index = 0; index < words; index += 1) text += `${index ? " " : ""}${FILLER[(seed + index * 7) % FILLER.length]}`;
  return text;
}
