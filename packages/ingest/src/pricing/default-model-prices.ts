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

/** Any number of `segment/` routing prefixes: `openai/`, `openrouter/openai/`, `publishers/google/models/`. */
const ROUTE = String.raw`(?:[\w.-]+/)*`;
const OPENAI_DATE = String.raw`(?:-\d{4}-\d{2}-\d{2})?`;
/** Bedrock (`us.anthropic.claude-…-v1:0`), Vertex (`claude-…@20241022`), and API ids/aliases. */
const ANTHROPIC_PREFIX = String.raw`${ROUTE}(?:(?:us|eu|apac|global)\.)?(?:anthropic\.)?`;
const ANTHROPIC_SUFFIX = String.raw`(?:-v\d)?(?:[-@]\d{8}|-latest|-0)?(?:-v\d+(?::\d+)?)?`;
const GEMINI_SUFFIX = String.raw`(?:-\d{3}|-latest|-preview(?:-[\w-]+)?|-exp(?:-[\w-]+)?)?`;
const MISTRAL_SUFFIX = String.raw`(?:-latest|-\d{4})?`;

const OPENAI_SOURCE = "https://platform.openai.com/docs/pricing";
const ANTHROPIC_SOURCE = "https://docs.anthropic.com/en/docs/about-claude/pricing";
const GEMINI_SOURCE = "https://ai.google.dev/gemini-api/docs/pricing";
const MISTRAL_SOURCE = "https://mistral.ai/pricing";
const GROQ_SOURCE = "https://groq.com/pricing";
const TOGETHER_SOURCE = "https://www.together.ai/pricing";
const DEEPSEEK_SOURCE = "https://api-docs.deepseek.com/quick_start/pricing";

type TOpenAiRow = [id: string, name: string, input: number, output: number, cacheRead: number | null, asOf: string];

function openAi([id, name, input, output, cacheRead, asOf]: TOpenAiRow, pattern?: string): TModelPrice {
  const row: TModelPrice = {
    id,
    modelName: name,
    matchPattern: pattern ?? `${ROUTE}${name.replaceAll(".", String.raw`\.`)}${OPENAI_DATE}`,
    provider: "openai",
    inputPerMTok: input,
    outputPerMTok: output,
    source: OPENAI_SOURCE,
    asOf,
  };
  if (cacheRead !== null) row.cacheReadPerMTok = cacheRead;
  return row;
}

/** Anthropic bills cache writes (5-minute TTL) at 1.25× input and cache reads at 0.1× input. */
function anthropic(
  id: string,
  name: string,
  modelPattern: string,
  prices: [number, number],
  asOf: string,
): TModelPrice {
  const [input, output] = prices;
  return {
    id,
    modelName: name,
    matchPattern: `${ANTHROPIC_PREFIX}${modelPattern}${ANTHROPIC_SUFFIX}`,
    provider: "anthropic",
    inputPerMTok: input,
    outputPerMTok: output,
    cacheWritePerMTok: round(input * 1.25),
    cacheReadPerMTok: round(input * 0.1),
    source: ANTHROPIC_SOURCE,
    asOf,
  };
}

function gemini(name: string, prices: [number, number, number | null], asOf: string): TModelPrice {
  const [input, output, cacheRead] = prices;
  const row: TModelPrice = {
    id: `google-${name}`,
    modelName: name,
    matchPattern: `${ROUTE}${name.replaceAll(".", String.raw`\.`)}${GEMINI_SUFFIX}`,
    provider: "google",
    inputPerMTok: input,
    outputPerMTok: output,
    source: GEMINI_SOURCE,
    asOf,
  };
  if (cacheRead !== null) row.cacheReadPerMTok = cacheRead;
  return row;
}

function hosted(
  provider: "mistral" | "groq" | "together",
  name: string,
  pattern: string,
  prices: [number, number],
  asOf: string,
): TModelPrice {
  const source = provider === "mistral" ? MISTRAL_SOURCE : provider === "groq" ? GROQ_SOURCE : TOGETHER_SOURCE;
  return {
    id: `${provider}-${name.replace(/^.*\//, "").toLowerCase()}`,
    modelName: name,
    matchPattern: `${ROUTE}${pattern}`,
    provider,
    inputPerMTok: prices[0],
    outputPerMTok: prices[1],
    source,
    asOf,
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

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
  anthropic("anthropic-claude-3-opus", "claude-3-opus", "claude-3-opus", [15, 75], "2024-08-14"),
  anthropic("anthropic-claude-3-haiku", "claude-3-haiku", "claude-3-haiku", [0.25, 1.25], "2024-08-14"),
  anthropic("anthropic-claude-3-5-haiku", "claude-3-5-haiku", "claude-3[-.]5-haiku", [0.8, 4], "2024-12-01"),
  anthropic("anthropic-claude-3-5-sonnet", "claude-3-5-sonnet", "claude-3[-.]5-sonnet", [3, 15], "2024-10-22"),
  anthropic("anthropic-claude-3-7-sonnet", "claude-3-7-sonnet", "claude-3[-.]7-sonnet", [3, 15], "2025-02-24"),
  anthropic("anthropic-claude-sonnet-4", "claude-sonnet-4", "claude-sonnet-4", [3, 15], "2025-05-22"),
  // Up to 200k prompt tokens; longer prompts cost $6/$22.50, not modelled.
  anthropic("anthropic-claude-sonnet-4-5", "claude-sonnet-4-5", "claude-sonnet-4[-.]5", [3, 15], "2025-09-29"),
  anthropic("anthropic-claude-opus-4", "claude-opus-4", "claude-opus-4", [15, 75], "2025-05-22"),
  anthropic("anthropic-claude-opus-4-1", "claude-opus-4-1", "claude-opus-4[-.]1", [15, 75], "2025-08-05"),
  anthropic("anthropic-claude-opus-4-5", "claude-opus-4-5", "claude-opus-4[-.]5", [5, 25], "2025-11-24"),
  anthropic("anthropic-claude-haiku-4-5", "claude-haiku-4-5", "claude-haiku-4[-.]5", [1, 5], "2025-10-15"),
];

// Gemini 1.5 prices are for prompts up to 128k tokens, 2.5 Pro up to 200k. 2.0 Pro was only ever an
// unpriced experimental model, so it has no row.
const GEMINI_PRICES: TModelPrice[] = [
  gemini("gemini-1.5-flash", [0.075, 0.3, 0.01875], "2024-10-01"),
  gemini("gemini-1.5-flash-8b", [0.0375, 0.15, 0.01], "2024-10-03"),
  gemini("gemini-1.5-pro", [1.25, 5, 0.3125], "2024-10-01"),
  gemini("gemini-2.0-flash", [0.1, 0.4, 0.025], "2025-02-05"),
  gemini("gemini-2.0-flash-lite", [0.075, 0.3, null], "2025-02-25"),
  gemini("gemini-2.5-flash", [0.3, 2.5, 0.075], "2025-06-17"),
  gemini("gemini-2.5-flash-lite", [0.1, 0.4, 0.025], "2025-07-22"),
  gemini("gemini-2.5-pro", [1.25, 10, 0.31], "2025-06-17"),
];

const MISTRAL_PRICES: TModelPrice[] = [
  hosted("mistral", "mistral-large", `mistral-large${MISTRAL_SUFFIX}`, [2, 6], "2024-11-18"),
  hosted(
    "mistral",
    "mistral-medium-3",
    String.raw`mistral-medium(?:-3(?:\.\d)?|-25\d{2}|-latest)`,
    [0.4, 2],
    "2025-05-07",
  ),
  hosted("mistral", "mistral-small", String.raw`mistral-small(?:-latest|-25\d{2})?`, [0.1, 0.3], "2025-03-17"),
  hosted("mistral", "codestral", String.raw`codestral(?:-latest|-25\d{2})?`, [0.3, 0.9], "2025-01-13"),
];

const LLAMA_PRICES: TModelPrice[] = [
  hosted("groq", "llama-3.1-8b-instant", String.raw`llama-3\.1-8b-instant`, [0.05, 0.08], "2025-01-01"),
  hosted("groq", "llama-3.3-70b-versatile", String.raw`llama-3\.3-70b-versatile`, [0.59, 0.79], "2025-01-01"),
  hosted("groq", "llama-3.1-70b-versatile", String.raw`llama-3\.1-70b-versatile`, [0.59, 0.79], "2024-10-01"),
  hosted("groq", "llama3-8b-8192", "llama3-8b-8192", [0.05, 0.08], "2025-01-01"),
  hosted("groq", "llama3-70b-8192", "llama3-70b-8192", [0.59, 0.79], "2025-01-01"),
  hosted(
    "together",
    "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
    String.raw`meta-llama/Meta-Llama-3\.1-8B-Instruct-Turbo`,
    [0.18, 0.18],
    "2025-01-01",
  ),
  hosted(
    "together",
    "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
    String.raw`meta-llama/Meta-Llama-3\.1-70B-Instruct-Turbo`,
    [0.88, 0.88],
    "2025-01-01",
  ),
  hosted(
    "together",
    "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    String.raw`meta-llama/Llama-3\.3-70B-Instruct-Turbo(?:-Free)?`,
    [0.88, 0.88],
    "2025-01-01",
  ),
  hosted(
    "together",
    "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
    String.raw`meta-llama/Meta-Llama-3\.1-405B-Instruct-Turbo`,
    [3.5, 3.5],
    "2025-01-01",
  ),
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
