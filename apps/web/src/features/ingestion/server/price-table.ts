import { listModelPrices } from "@spanlight/db";
import type { TSpanPricer } from "@spanlight/db";
import { DEFAULT_MODEL_PRICES, priceSpan } from "@spanlight/ingest";
import type { TModelPrice } from "@spanlight/ingest";

/** A changed project price applies to new spans within this long (the settings page says so). */
const CACHE_TTL_MS = 10_000;
const cache = new Map<string, { prices: TModelPrice[]; expiresAt: number }>();

/**
 * The prices a project's spans are costed with: its own rows first (so they override; per model the
 * newest period first, so the latest one in effect at a span's start wins), then the built-in table.
 * Ids say which table a row came from, and are stored on each span.
 */
export async function getPriceTable(projectId: string): Promise<TModelPrice[]> {
  const cached = cache.get(projectId);
  if (cached && cached.expiresAt > Date.now()) return cached.prices;
  const prices = await loadPriceTable(projectId);
  cache.set(projectId, { prices, expiresAt: Date.now() + CACHE_TTL_MS });
  return prices;
}

async function loadPriceTable(projectId: string): Promise<TModelPrice[]> {
  const own = await listModelPrices(projectId);
  return [
    ...own.map((row) => ({
      id: `project:${row.id}`,
      modelName: row.modelName,
      matchPattern: row.matchPattern,
      provider: "",
      inputPerMTok: row.inputPerMTok,
      outputPerMTok: row.outputPerMTok,
      cacheReadPerMTok: row.cacheReadPerMTok ?? undefined,
      cacheWritePerMTok: row.cacheWritePerMTok ?? undefined,
      reasoningPerMTok: row.reasoningPerMTok ?? undefined,
      source: "project setting",
      asOf: row.updatedAt.toISOString().slice(0, 10),
      effectiveFromMs: row.effectiveFrom.getTime(),
      retiredAtMs: row.retiredAt?.getTime() ?? null,
    })),
    ...BUILTIN_PRICES,
  ];
}

/**
 * The reprice job's pricer: the project's prices read fresh (not the ingest cache, so a price just
 * changed is the one used) and kept for the whole job, priced exactly as ingest prices a new span.
 */
export async function createSpanPricer(projectId: string): Promise<TSpanPricer> {
  const prices = await loadPriceTable(projectId);
  return (span) => {
    const cost = priceSpan(
      {
        model: span.model,
        provider: span.provider,
        providedCost: null,
        startMs: span.startMs,
        usage: {
          input: span.inputTokens,
          output: span.outputTokens,
          total: span.totalTokens,
          cacheRead: span.cacheReadTokens,
          cacheWrite: span.cacheWriteTokens,
          reasoning: span.reasoningTokens,
        },
      },
      prices,
    );
    // Spans with a reported cost are never repriced, so the source is a price or none.
    return { ...cost, costSource: cost.costSource === "provided" ? "none" : cost.costSource };
  };
}

const BUILTIN_PRICES: TModelPrice[] = DEFAULT_MODEL_PRICES.map((row) => ({ ...row, id: `builtin:${row.id}` }));
