import type { TAttributes } from "../otlp/types.ts";
import { asCount, asRecord, isRecord } from "../normalize/attribute-values.ts";
import { offer } from "./candidates.ts";
import type { TCandidates } from "./types.ts";

/*
 * AI SDK token usage across versions (SEMCONV.md §4.1):
 * - v3/v4 (and v5/v6 generateText): `ai.usage.promptTokens` / `completionTokens`.
 * - v5/v6 streamText: `ai.usage.{inputTokens,outputTokens,totalTokens,reasoningTokens,cachedInputTokens}`.
 * - v7 legacy: adds `inputTokenDetails.{noCacheTokens,cacheReadTokens,cacheWriteTokens}` and
 *   `outputTokenDetails.{textTokens,reasoningTokens}`. `inputTokens` is still the inclusive total; the
 *   details are the exclusive split, so when the total is missing it is their sum.
 * - embeddings: `ai.usage.tokens` (all input).
 */
export function offerVercelUsage(candidates: TCandidates, attributes: TAttributes): void {
  const count = (key: string) => asCount(attributes[key]);
  const cacheRead = count("ai.usage.inputTokenDetails.cacheReadTokens");
  const cacheWrite = count("ai.usage.inputTokenDetails.cacheWriteTokens");
  const reasoning = count("ai.usage.outputTokenDetails.reasoningTokens");
  offer(candidates, {
    usageInput: {
      "ai.usage.inputTokens": count("ai.usage.inputTokens"),
      "ai.usage.promptTokens": count("ai.usage.promptTokens"),
      "ai.usage.inputTokenDetails": sumOfPresent([
        count("ai.usage.inputTokenDetails.noCacheTokens"),
        cacheRead,
        cacheWrite,
      ]),
      "ai.usage.tokens": count("ai.usage.tokens"),
    },
    usageOutput: {
      "ai.usage.outputTokens": count("ai.usage.outputTokens"),
      "ai.usage.completionTokens": count("ai.usage.completionTokens"),
      "ai.usage.outputTokenDetails": sumOfPresent([count("ai.usage.outputTokenDetails.textTokens"), reasoning]),
    },
    usageTotal: { "ai.usage.totalTokens": count("ai.usage.totalTokens"), "ai.usage.tokens": count("ai.usage.tokens") },
    usageCacheRead: {
      "ai.usage.cachedInputTokens": count("ai.usage.cachedInputTokens"),
      "ai.usage.inputTokenDetails.cacheReadTokens": cacheRead,
    },
    usageCacheWrite: { "ai.usage.inputTokenDetails.cacheWriteTokens": cacheWrite },
    usageReasoning: {
      "ai.usage.reasoningTokens": count("ai.usage.reasoningTokens"),
      "ai.usage.outputTokenDetails.reasoningTokens": reasoning,
    },
  });
  offerProviderMetadata(candidates, attributes["ai.response.providerMetadata"]);
}

/**
 * Before v7, cache writes (Anthropic, Bedrock) and some cache reads only appear in the provider
 * metadata, e.g. `{"anthropic":{"cacheCreationInputTokens":1200}}`.
 */
function offerProviderMetadata(candidates: TCandidates, value: unknown): void {
  const metadata = asRecord(value);
  if (metadata === null) return;
  const openai = record(metadata.openai);
  const anthropic = record(metadata.anthropic);
  const bedrockUsage = record(record(metadata.bedrock).usage);
  offer(candidates, {
    usageCacheRead: {
      "ai.response.providerMetadata":
        asCount(openai.cachedPromptTokens) ??
        asCount(anthropic.cacheReadInputTokens) ??
        asCount(bedrockUsage.cacheReadInputTokens),
    },
    usageCacheWrite: {
      "ai.response.providerMetadata":
        asCount(anthropic.cacheCreationInputTokens) ?? asCount(bedrockUsage.cacheWriteInputTokens),
    },
    usageReasoning: { "ai.response.providerMetadata": asCount(openai.reasoningTokens) },
  });
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function sumOfPresent(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0);
}
