import { ConflictError, NotFoundError } from "@spanlight/core";
import { getDb, getPool } from "../client.ts";

export type TProjectModelPrice = {
  id: string;
  modelName: string;
  matchPattern: string;
  inputPerMTok: number;
  outputPerMTok: number;
  cacheReadPerMTok: number | null;
  cacheWritePerMTok: number | null;
  reasoningPerMTok: number | null;
  effectiveFrom: Date;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** `effectiveFrom` absent: now on create, unchanged on update. Retiring has its own call. */
export type TModelPriceInput = Omit<
  TProjectModelPrice,
  "id" | "createdAt" | "updatedAt" | "effectiveFrom" | "retiredAt"
> & {
  effectiveFrom?: Date;
};

const SELECT = {
  id: true,
  modelName: true,
  matchPattern: true,
  inputPerMTok: true,
  outputPerMTok: true,
  cacheReadPerMTok: true,
  cacheWritePerMTok: true,
  reasoningPerMTok: true,
  effectiveFrom: true,
  retiredAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** By model, newest period first: the order ingest tries them in, so the latest period in effect wins. */
export async function listModelPrices(projectId: string): Promise<TProjectModelPrice[]> {
  return getDb().modelPrice.findMany({
    where: { projectId },
    select: SELECT,
    orderBy: [{ modelName: "asc" }, { effectiveFrom: "desc" }],
  });
}

export async function createModelPrice(options: {
  projectId: string;
  price: TModelPriceInput;
}): Promise<TProjectModelPrice> {
  const effectiveFrom = options.price.effectiveFrom ?? new Date();
  const existing = await getDb().modelPrice.findUnique({
    where: {
      projectId_modelName_effectiveFrom: {
        projectId: options.projectId,
        modelName: options.price.modelName,
        effectiveFrom,
      },
    },
    select: { id: true },
  });
  if (existing) {
    throw new ConflictError(
      `This project already has a price for "${options.price.modelName}" from ${effectiveFrom.toISOString()}`,
    );
  }
  return getDb().modelPrice.create({
    data: { ...options.price, effectiveFrom, projectId: options.projectId },
    select: SELECT,
  });
}

/** Ends a price's period (now unless given): spans that start from then on are priced by another row. */
export async function retireModelPrice(options: {
  projectId: string;
  priceId: string;
  retiredAt: Date;
}): Promise<TProjectModelPrice> {
  const result = await getDb().modelPrice.updateMany({
    where: { id: options.priceId, projectId: options.projectId },
    data: { retiredAt: options.retiredAt },
  });
  if (result.count === 0) throw new NotFoundError("No model price with this id in this project");
  return getDb().modelPrice.findUniqueOrThrow({ where: { id: options.priceId }, select: SELECT });
}

/**
 * How many spans each project price has costed, by price id. One pass over the project's spans (their
 * key's project prefix; no index on price_id, which would cost every insert), so the page asks for it
 * apart from the price list.
 */
export async function countSpansByProjectPrice(projectId: string): Promise<Map<string, number>> {
  const result = await getPool().query<{ priceId: string; spans: string }>(
    `SELECT substr(price_id, 9) AS "priceId", count(*) AS spans FROM span
      WHERE project_id = $1 AND price_id LIKE 'project:%' GROUP BY price_id`,
    [projectId],
  );
  return new Map(result.rows.map((row) => [row.priceId, Number(row.spans)]));
}

export async function updateModelPrice(options: {
  projectId: string;
  priceId: string;
  price: TModelPriceInput;
}): Promise<TProjectModelPrice> {
  const result = await getDb().modelPrice.updateMany({
    where: { id: options.priceId, projectId: options.projectId },
    data: options.price,
  });
  if (result.count === 0) throw new NotFoundError("No model price with this id in this project");
  return getDb().modelPrice.findUniqueOrThrow({ where: { id: options.priceId }, select: SELECT });
}

export async function deleteModelPrice(options: { projectId: string; priceId: string }): Promise<void> {
  const result = await getDb().modelPrice.deleteMany({ where: { id: options.priceId, projectId: options.projectId } });
  if (result.count === 0) throw new NotFoundError("No model price with this id in this project");
}
