import type { TModelPrice } from "./types.ts";

/*
 * Builders for DEFAULT_MODEL_PRICES rows: the routing prefixes, version suffixes and vendor pages each
 * vendor's rows share, so a row in the table is only its name, prices and date.
 */

/** Any number of `segment/` routing prefixes: `openai/`, `openrouter/openai/`, `publishers/google/models/`. */
export const ROUTE = String.raw`(?:[\w.-]+/)*`;
const OPENAI_DATE = String.raw`(?:-\d{4}-\d{2}-\d{2})?`;
/** Bedrock (`us.anthropic.claude-…-v1:0`), Vertex (`claude-…@20241022`), and API ids/aliases. */
const ANTHROPIC_PREFIX = String.raw`${ROUTE}(?:(?:us|eu|apac|global)\.)?(?:anthropic\.)?`;
const ANTHROPIC_SUFFIX = String.raw`(?:-v\d)?(?:[-@]\d{8}|-latest|-0)?(?:-v\d+(?::\d+)?)?`;
const GEMINI_SUFFIX = String.raw`(?:-\d{3}|-latest|-preview(?:-[\w-]+)?|-exp(?:-[\w-]+)?)?`;
export const MISTRAL_SUFFIX = String.raw`(?:-latest|-\d{4})?`;

const OPENAI_SOURCE = "https://platform.openai.com/docs/pricing";
const ANTHROPIC_SOURCE = "https://docs.anthropic.com/en/docs/about-claude/pricing";
const GEMINI_SOURCE = "https://ai.google.dev/gemini-api/docs/pricing";
const MISTRAL_SOURCE = "https://mistral.ai/pricing";
const GROQ_SOURCE = "https://groq.com/pricing";
const TOGETHER_SOURCE = "https://www.together.ai/pricing";
export const DEEPSEEK_SOURCE = "https://api-docs.deepseek.com/quick_start/pricing";

type TOpenAiRow = [id: string, name: string, input: number, output: number, cacheRead: number | null, asOf: string];

export function openAi([id, name, input, output, cacheRead, asOf]: TOpenAiRow, pattern?: string): TModelPrice {
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

type TRowPrices = { input: number; output: number; asOf: string };

/** Anthropic bills cache writes (5-minute TTL) at 1.25× input and cache reads at 0.1× input. */
export function anthropic({
  id,
  name,
  pattern,
  input,
  output,
  asOf,
}: TRowPrices & { id: string; name: string; pattern: string }): TModelPrice {
  return {
    id,
    modelName: name,
    matchPattern: `${ANTHROPIC_PREFIX}${pattern}${ANTHROPIC_SUFFIX}`,
    provider: "anthropic",
    inputPerMTok: input,
    outputPerMTok: output,
    cacheWritePerMTok: round(input * 1.25),
    cacheReadPerMTok: round(input * 0.1),
    source: ANTHROPIC_SOURCE,
    asOf,
  };
}

export function gemini({
  name,
  input,
  output,
  cacheRead,
  asOf,
}: TRowPrices & { name: string; cacheRead?: number }): TModelPrice {
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
  if (cacheRead !== undefined) row.cacheReadPerMTok = cacheRead;
  return row;
}

const HOST_SOURCES = { mistral: MISTRAL_SOURCE, groq: GROQ_SOURCE, together: TOGETHER_SOURCE } as const;

export function hosted({
  provider,
  name,
  pattern,
  input,
  output,
  asOf,
}: TRowPrices & { provider: keyof typeof HOST_SOURCES; name: string; pattern: string }): TModelPrice {
  return {
    id: `${provider}-${name.replace(/^.*\//, "").toLowerCase()}`,
    modelName: name,
    matchPattern: `${ROUTE}${pattern}`,
    provider,
    inputPerMTok: input,
    outputPerMTok: output,
    source: HOST_SOURCES[provider],
    asOf,
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
