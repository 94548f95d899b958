import "server-only";
import { NotFoundError, ZCreateScoreConfig } from "@spanlight/core";
import type { TScoreConfig, TUpdateScoreConfig } from "@spanlight/core";
import { findScoreConfig, updateScoreConfig } from "@spanlight/db";

/**
 * Edits or archives a config. The data type never changes (old scores would lose their meaning);
 * the merged config must still be a valid one (a range for numbers, categories for CATEGORICAL).
 */
export async function editScoreConfig(options: {
  projectId: string;
  configId: string;
  patch: TUpdateScoreConfig;
}): Promise<TScoreConfig> {
  const current = await findScoreConfig({ projectId: options.projectId, configId: options.configId });
  if (!current) throw new NotFoundError("No score config with this id in this project");
  const { patch } = options;
  ZCreateScoreConfig.parse({
    name: patch.name ?? current.name,
    dataType: current.dataType,
    minValue: patch.minValue === undefined ? current.minValue : patch.minValue,
    maxValue: patch.maxValue === undefined ? current.maxValue : patch.maxValue,
    categories: patch.categories === undefined ? current.categories : patch.categories,
    description: patch.description === undefined ? current.description : patch.description,
  });
  return updateScoreConfig(options);
}
