import { anthropic, DEEPSEEK_SOURCE, gemini, hosted, MISTRAL_SUFFIX, openAi, ROUTE } from "./price-row-builders.ts";
import type { TModelPrice } from "./types.ts";

/*
 * Built-in list prices, USD per million tokens, for widely used models. Written from the vendors'
 * pricing pages as known when this file was written (no network access at the time): `asOf` is the
 * date a price was known to hold, not a date it was re-checked. Prices change; projects override rows
 * by putting their own first. Tiered prices (Gemini above 128k/200k prompt tokens, Anthropic long
 * context, batch discounts, audio) are not modelled: each row holds the default tier.
 *
 * Patterns are matched case-insensitively against the whole model string and accept the usual
 * routing prefixes (`openai/`, `models/`, `together_ai/`, Bedrock's `us.anthropic.`), dated
 * snapshots, and aliases, but never a sibling model (`gpt-4o` does not match `gpt-4o-mini`).
 */

const OPENAI_PRICES: TModelPrice[] = [
  openAi(["openai-gpt-4o-2024-05-13", "gpt-4o-2024-05-13", 5, 15, null, "2024-08-06"], `${ROUTE}gpt-4o-2024-05-13`),
  openAi(["openai-gpt-4o", "gpt-4o", 2.5, 10, 1.25, "2024-10-01"], `${ROUTE}gpt-4o(?:-2024-08-06|-2024-11-20)?`),
  openAi(["openai-gpt-4o-mini", "gpt-4o-mini", 0.15, 0.6, 0.075, "2024-10-01"]),
  openAi(["openai-gpt-4.1", "gpt-4.1", 2, 8, 0.5, "2025-04-14"]),
  openAi(["openai-gpt-4.1-mini", "gpt-4.1-mini", 0.4, 1.6, 0.1, "2025-04-14"]),
  openAi(["openai-gpt-4.1-nano", "gpt-4.1-nano", 0.1, 0.4, 0.025, "2025-04-14"]),
  openAi(["openai-o1", "o1", 15, 60, 7.5, "2024-12-17"]),
  openAi(["openai-o1-preview", "o1-preview", 15, 60, 7.5, "2024-10-01"]),
  openAi(["openai-o1-mini", "o1-mini", 1.1, 4.4, 0.55, "2025-02-01"]),
  // o3 was cut from $10/$40 on 2025-06-10.
  openAi(["openai-o3", "o3", 2, 8, 0.5, "2025-06-10"]),
  openAi(["openai-o3-mini", "o3-mini", 1.1, 4.4, 0.55, "2025-01-31"]),
  openAi(["openai-o4-mini", "o4-mini", 1.1, 4.4, 0.275, "2025-04-16"]),
  openAi(
    ["openai-gpt-5", "gpt-5", 1.25, 10, 0.125, "2025-08-07"],
    String.raw`${ROUTE}gpt-5(?:-\d{4}-\d{2}-\d{2}|-chat-latest|-chat)?`,
  ),
  openAi(["openai-gpt-5-mini", "gpt-5-mini", 0.25, 2, 0.025, "2025-08-07"]),
  openAi(["openai-gpt-5-nano", "gpt-5-nano", 0.05, 0.4, 0.005, "2025-08-07"]),
  openAi(
    ["openai-gpt-4-turbo", "gpt-4-turbo", 10, 30, null, "2024-04-09"],
    String.raw`${ROUTE}gpt-4-turbo(?:-\d{4}-\d{2}-\d{2}|-preview)?`,
  ),
  openAi(
    ["openai-gpt-3.5-turbo", "gpt-3.5-turbo", 0.5, 1.5, null, "2024-01-25"],
    String.raw`${ROUTE}gpt-3\.5-turbo(?:-0125)?`,
  ),
  openAi(["openai-text-embedding-3-small", "text-embedding-3-small", 0.02, 0, null, "2024-01-25"]),
  openAi(["openai-text-embedding-3-large", "text-embedding-3-large", 0.13, 0, null, "2024-01-25"]),
  openAi(["openai-text-embedding-ada-002", "text-embedding-ada-002", 0.1, 0, null, "2024-01-25"]),
];

const ANTHROPIC_PRICES: TModelPrice[] = [
  anthropic({
    id: "anthropic-claude-3-opus",
    name: "claude-3-opus",
    pattern: "claude-3-opus",
    input: 15,
    output: 75,
    asOf: "2024-08-14",
  }),
  anthropic({
    id: "anthropic-claude-3-haiku",
    name: "claude-3-haiku",
    pattern: "claude-3-haiku",
    input: 0.25,
    output: 1.25,
    asOf: "2024-08-14",
  }),
  anthropic({
    id: "anthropic-claude-3-5-haiku",
    name: "claude-3-5-haiku",
    pattern: "claude-3[-.]5-haiku",
    input: 0.8,
    output: 4,
    asOf: "2024-12-01",
  }),
  anthropic({
    id: "anthropic-claude-3-5-sonnet",
    name: "claude-3-5-sonnet",
    pattern: "claude-3[-.]5-sonnet",
    input: 3,
    output: 15,
    asOf: "2024-10-22",
  }),
  anthropic({
    id: "anthropic-claude-3-7-sonnet",
    name: "claude-3-7-sonnet",
    pattern: "claude-3[-.]7-sonnet",
    input: 3,
    output: 15,
    asOf: "2025-02-24",
  }),
  anthropic({
    id: "anthropic-claude-sonnet-4",
    name: "claude-sonnet-4",
    pattern: "claude-sonnet-4",
    input: 3,
    output: 15,
    asOf: "2025-05-22",
  }),
  // Up to 200k prompt tokens; longer prompts cost $6/$22.50, not modelled.
  anthropic({
    id: "anthropic-claude-sonnet-4-5",
    name: "claude-sonnet-4-5",
    pattern: "claude-sonnet-4[-.]5",
    input: 3,
    output: 15,
    asOf: "2025-09-29",
  }),
  anthropic({
    id: "anthropic-claude-opus-4",
    name: "claude-opus-4",
    pattern: "claude-opus-4",
    input: 15,
    output: 75,
    asOf: "2025-05-22",
  }),
  anthropic({
    id: "anthropic-claude-opus-4-1",
    name: "claude-opus-4-1",
    pattern: "claude-opus-4[-.]1",
    input: 15,
    output: 75,
    asOf: "2025-08-05",
  }),
  anthropic({
    id: "anthropic-claude-opus-4-5",
    name: "claude-opus-4-5",
    pattern: "claude-opus-4[-.]5",
    input: 5,
    output: 25,
    asOf: "2025-11-24",
  }),
  anthropic({
    id: "anthropic-claude-haiku-4-5",
    name: "claude-haiku-4-5",
    pattern: "claude-haiku-4[-.]5",
    input: 1,
    output: 5,
    asOf: "2025-10-15",
  }),
];

// Gemini 1.5 prices are for prompts up to 128k tokens, 2.5 Pro up to 200k. 2.0 Pro was only ever an
// unpriced experimental model, so it has no row.
const GEMINI_PRICES: TModelPrice[] = [
  gemini({ name: "gemini-1.5-flash", input: 0.075, output: 0.3, cacheRead: 0.01875, asOf: "2024-10-01" }),
  gemini({ name: "gemini-1.5-flash-8b", input: 0.0375, output: 0.15, cacheRead: 0.01, asOf: "2024-10-03" }),
  gemini({ name: "gemini-1.5-pro", input: 1.25, output: 5, cacheRead: 0.3125, asOf: "2024-10-01" }),
  gemini({ name: "gemini-2.0-flash", input: 0.1, output: 0.4, cacheRead: 0.025, asOf: "2025-02-05" }),
  gemini({ name: "gemini-2.0-flash-lite", input: 0.075, output: 0.3, asOf: "2025-02-25" }),
  gemini({ name: "gemini-2.5-flash", input: 0.3, output: 2.5, cacheRead: 0.075, asOf: "2025-06-17" }),
  gemini({ name: "gemini-2.5-flash-lite", input: 0.1, output: 0.4, cacheRead: 0.025, asOf: "2025-07-22" }),
  gemini({ name: "gemini-2.5-pro", input: 1.25, output: 10, cacheRead: 0.31, asOf: "2025-06-17" }),
];

const MISTRAL_PRICES: TModelPrice[] = [
  hosted({
    provider: "mistral",
    name: "mistral-large",
    pattern: `mistral-large${MISTRAL_SUFFIX}`,
    input: 2,
    output: 6,
    asOf: "2024-11-18",
  }),
  hosted({
    provider: "mistral",
    name: "mistral-medium-3",
    pattern: String.raw`mistral-medium(?:-3(?:\.\d)?|-25\d{2}|-latest)`,
    input: 0.4,
    output: 2,
    asOf: "2025-05-07",
  }),
  hosted({
    provider: "mistral",
    name: "mistral-small",
    pattern: String.raw`mistral-small(?:-latest|-25\d{2})?`,
    input: 0.1,
    output: 0.3,
    asOf: "2025-03-17",
  }),
  hosted({
    provider: "mistral",
    name: "codestral",
    pattern: String.raw`codestral(?:-latest|-25\d{2})?`,
    input: 0.3,
    output: 0.9,
    asOf: "2025-01-13",
  }),
];

const LLAMA_PRICES: TModelPrice[] = [
  hosted({
    provider: "groq",
    name: "llama-3.1-8b-instant",
    pattern: String.raw`llama-3\.1-8b-instant`,
    input: 0.05,
    output: 0.08,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "groq",
    name: "llama-3.3-70b-versatile",
    pattern: String.raw`llama-3\.3-70b-versatile`,
    input: 0.59,
    output: 0.79,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "groq",
    name: "llama-3.1-70b-versatile",
    pattern: String.raw`llama-3\.1-70b-versatile`,
    input: 0.59,
    output: 0.79,
    asOf: "2024-10-01",
  }),
  hosted({
    provider: "groq",
    name: "llama3-8b-8192",
    pattern: "llama3-8b-8192",
    input: 0.05,
    output: 0.08,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "groq",
    name: "llama3-70b-8192",
    pattern: "llama3-70b-8192",
    input: 0.59,
    output: 0.79,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "together",
    name: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
    pattern: String.raw`meta-llama/Meta-Llama-3\.1-8B-Instruct-Turbo`,
    input: 0.18,
    output: 0.18,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "together",
    name: "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
    pattern: String.raw`meta-llama/Meta-Llama-3\.1-70B-Instruct-Turbo`,
    input: 0.88,
    output: 0.88,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "together",
    name: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    pattern: String.raw`meta-llama/Llama-3\.3-70B-Instruct-Turbo(?:-Free)?`,
    input: 0.88,
    output: 0.88,
    asOf: "2025-01-01",
  }),
  hosted({
    provider: "together",
    name: "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
    pattern: String.raw`meta-llama/Meta-Llama-3\.1-405B-Instruct-Turbo`,
    input: 3.5,
    output: 3.5,
    asOf: "2025-01-01",
  }),
];

// DeepSeek V3.2 priced chat and reasoner alike from 2025-09-29; "cache hit" is the cache-read rate.
const DEEPSEEK_PRICES: TModelPrice[] = ["deepseek-chat", "deepseek-reasoner"].map((name) => ({
  id: `deepseek-${name.slice("deepseek-".length)}`,
  modelName: name,
  matchPattern: `${ROUTE}${name}`,
  provider: "deepseek",
  inputPerMTok: 0.28,
  outputPerMTok: 0.42,
  cacheReadPerMTok: 0.028,
  source: DEEPSEEK_SOURCE,
  asOf: "2025-09-29",
}));

export const DEFAULT_MODEL_PRICES: readonly TModelPrice[] = Object.freeze([
  ...OPENAI_PRICES,
  ...ANTHROPIC_PRICES,
  ...GEMINI_PRICES,
  ...MISTRAL_PRICES,
  ...LLAMA_PRICES,
  ...DEEPSEEK_PRICES,
]);
