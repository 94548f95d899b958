import { listModelPrices } from "@spanlight/db";
import { DEFAULT_MODEL_PRICES } from "@spanlight/ingest";
import type { TModelPrice } from "@spanlight/ingest";

/** A changed project price applies to new spans within this long (the settings page says so). */
const CACHE_TTL_MS = 10_000;
const cache = new Map<string, { prices: TModelPrice[]; expiresAt: number }>();

/**
 * The prices a project's spans are costed with: its own rows first (so they override), then the
 * built-in table. Ids say which table a row came from, and are stored on each span.
 */
export async function getPriceTable(projectId: string): Promise<TModelPrice[]> {
  const cached = cache.get(projectId);
  if (cached && cached.expiresAt > Date.now()) return cached.prices;
  const own = await listModelPrices(projectId);
  const prices: TModelPrice[] = [
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
    })),
    ...BUILTIN_PRICES,
  ];
  cache.set(projectId, { prices, expiresAt: Date.now() + CACHE_TTL_MS });
  return prices;
}

const BUILTIN_PRICES: TModelPrice[] = DEFAULT_MODEL_PRICES.map((row) => ({ ...row, id: `builtin:${row.id}` }));
