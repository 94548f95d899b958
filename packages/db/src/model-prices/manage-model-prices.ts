import { ConflictError, NotFoundError } from "@spanlight/core";
import { getDb } from "../client.ts";

export type TProjectModelPrice = {
  id: string;
  modelName: string;
  matchPattern: string;
  inputPerMTok: number;
  outputPerMTok: number;
  cacheReadPerMTok: number | null;
  cacheWritePerMTok: number | null;
  reasoningPerMTok: number | null;
  createdAt: Date;
  updatedAt: Date;
};

export type TModelPriceInput = Omit<TProjectModelPrice, "id" | "createdAt" | "updatedAt">;

const SELECT = {
  id: true,
  modelName: true,
  matchPattern: true,
  inputPerMTok: true,
  outputPerMTok: true,
  cacheReadPerMTok: true,
  cacheWritePerMTok: true,
  reasoningPerMTok: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listModelPrices(projectId: string): Promise<TProjectModelPrice[]> {
  return getDb().modelPrice.findMany({ where: { projectId }, select: SELECT, orderBy: { modelName: "asc" } });
}

export async function createModelPrice(options: { projectId: string; price: TModelPriceInput }): Promise<TProjectModelPrice> {
  const existing = await getDb().modelPrice.findUnique({
    where: { projectId_modelName: { projectId: options.projectId, modelName: options.price.modelName } },
    select: { id: true },
  });
  if (existing) throw new ConflictError(`This project already has a price for "${options.price.modelName}"`);
  return getDb().modelPrice.create({ data: { ...options.price, projectId: options.projectId }, select: SELECT });
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
