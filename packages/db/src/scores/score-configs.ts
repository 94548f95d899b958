import { ConflictError, NotFoundError } from "@spanlight/core";
import type { TCreateScoreConfig, TScoreCategory, TScoreConfig, TUpdateScoreConfig } from "@spanlight/core";
import { getDb } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";

const SELECT = {
  id: true,
  name: true,
  dataType: true,
  minValue: true,
  maxValue: true,
  categories: true,
  description: true,
  isArchived: true,
  createdAt: true,
  updatedAt: true,
} as const;

type TConfigRow = Prisma.ScoreConfigGetPayload<{ select: typeof SELECT }>;

/** A project's score configs by name; archived ones too (old scores keep pointing at them). */
export async function listScoreConfigs(options: { projectId: string; isArchived?: boolean }): Promise<TScoreConfig[]> {
  const rows = await getDb().scoreConfig.findMany({
    where: {
      projectId: options.projectId,
      ...(options.isArchived === undefined ? {} : { isArchived: options.isArchived }),
    },
    select: SELECT,
    orderBy: { name: "asc" },
  });
  return rows.map(toScoreConfig);
}

export async function findScoreConfig(
  options: { projectId: string } & ({ configId: string } | { name: string }),
): Promise<TScoreConfig | null> {
  const where = "configId" in options ? { id: options.configId } : { name: options.name };
  const row = await getDb().scoreConfig.findFirst({
    where: { projectId: options.projectId, ...where },
    select: SELECT,
  });
  return row ? toScoreConfig(row) : null;
}

/** A name already taken in the project is a 409 (the unique index decides, race-free). */
export async function createScoreConfig(options: {
  projectId: string;
  config: TCreateScoreConfig;
}): Promise<TScoreConfig> {
  const { config } = options;
  try {
    const row = await getDb().scoreConfig.create({
      data: {
        projectId: options.projectId,
        name: config.name,
        dataType: config.dataType,
        minValue: config.minValue ?? null,
        maxValue: config.maxValue ?? null,
        categories: config.categories ?? undefined,
        description: config.description ?? null,
      },
      select: SELECT,
    });
    return toScoreConfig(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`This project already has a score config named "${config.name}"`);
    throw error;
  }
}

/** Edits or archives a config; the caller has checked the merged config is still consistent. */
export async function updateScoreConfig(options: {
  projectId: string;
  configId: string;
  patch: TUpdateScoreConfig;
}): Promise<TScoreConfig> {
  const { patch } = options;
  const data: Prisma.ScoreConfigUpdateManyMutationInput = {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.minValue !== undefined && { minValue: patch.minValue }),
    ...(patch.maxValue !== undefined && { maxValue: patch.maxValue }),
    ...(patch.categories !== undefined && { categories: patch.categories ?? ([] as TScoreCategory[]) }),
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.isArchived !== undefined && { isArchived: patch.isArchived }),
  };
  try {
    const result = await getDb().scoreConfig.updateMany({
      where: { id: options.configId, projectId: options.projectId },
      data,
    });
    if (result.count === 0) throw new NotFoundError("No score config with this id in this project");
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`This project already has a score config named "${patch.name ?? ""}"`);
    throw error;
  }
  return toScoreConfig(
    await getDb().scoreConfig.findUniqueOrThrow({ where: { id: options.configId }, select: SELECT }),
  );
}

function toScoreConfig(row: TConfigRow): TScoreConfig {
  return {
    id: row.id,
    name: row.name,
    dataType: row.dataType,
    minValue: row.minValue,
    maxValue: row.maxValue,
    categories:
      Array.isArray(row.categories) && row.categories.length > 0 ? (row.categories as TScoreCategory[]) : null,
    description: row.description,
    isArchived: row.isArchived,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
