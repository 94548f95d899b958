import "server-only";
import type {
  TBuiltinModelPrice,
  TModelPriceContract,
  TModelPriceCoverage,
  TModelPriceInputContract,
  TRetireModelPrice,
} from "@spanlight/core";
import {
  countSpansByProjectPrice,
  createModelPrice,
  deleteModelPrice,
  listModelPrices,
  retireModelPrice,
  updateModelPrice,
} from "@spanlight/db";
import type { TModelPriceInput, TProjectModelPrice } from "@spanlight/db";
import { DEFAULT_MODEL_PRICES } from "@spanlight/ingest";

/**
 * A project's own model prices. They are tried before the built-in table, so a row here overrides a
 * built-in one (e.g. 0 for a model served by a local Ollama). A span is priced by the row in effect at
 * its start. New spans pick a change up within 10 s; past spans change only when repriced.
 */
export async function listProjectModelPrices(projectId: string): Promise<{
  prices: TModelPriceContract[];
  builtin: TBuiltinModelPrice[];
}> {
  const rows = await listModelPrices(projectId);
  return { prices: rows.map(toContract), builtin: BUILTIN };
}

export async function addProjectModelPrice(projectId: string, price: TModelPriceInputContract) {
  return toContract(await createModelPrice({ projectId, price: toInput(price) }));
}

export async function changeProjectModelPrice(projectId: string, priceId: string, price: TModelPriceInputContract) {
  return toContract(await updateModelPrice({ projectId, priceId, price: toInput(price) }));
}

export async function retireProjectModelPrice(projectId: string, priceId: string, body: TRetireModelPrice) {
  const retiredAt = body.retiredAt ? new Date(body.retiredAt) : new Date();
  return toContract(await retireModelPrice({ projectId, priceId, retiredAt }));
}

export async function getModelPriceCoverage(projectId: string): Promise<TModelPriceCoverage> {
  return { spans: Object.fromEntries(await countSpansByProjectPrice(projectId)) };
}

function toInput(price: TModelPriceInputContract): TModelPriceInput {
  return { ...price, effectiveFrom: price.effectiveFrom ? new Date(price.effectiveFrom) : undefined };
}

export async function removeProjectModelPrice(projectId: string, priceId: string): Promise<null> {
  await deleteModelPrice({ projectId, priceId });
  return null;
}

function toContract(row: TProjectModelPrice): TModelPriceContract {
  return {
    ...row,
    effectiveFrom: row.effectiveFrom.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const BUILTIN: TBuiltinModelPrice[] = DEFAULT_MODEL_PRICES.map((row) => ({
  id: `builtin:${row.id}`,
  modelName: row.modelName,
  matchPattern: row.matchPattern,
  provider: row.provider,
  inputPerMTok: row.inputPerMTok,
  outputPerMTok: row.outputPerMTok,
  cacheReadPerMTok: row.cacheReadPerMTok ?? null,
  cacheWritePerMTok: row.cacheWritePerMTok ?? null,
  reasoningPerMTok: row.reasoningPerMTok ?? null,
  source: row.source,
  asOf: row.asOf,
}));
