import "server-only";
import type { TScoreConfig, TScoreDataType, TScoreValue } from "@spanlight/core";
import { findScoreConfig } from "@spanlight/db";
import { ZodError } from "zod";

/** A 400 naming the field, in the same `issues` shape a schema failure answers. */
export function invalidField(path: string, message: string): ZodError {
  return new ZodError([{ code: "custom", path: [path], message, input: undefined }]);
}

export type TResolvedValue = {
  config: TScoreConfig | null;
  dataType: TScoreDataType;
  numericValue: number | null;
  stringValue: string | null;
};

/**
 * The one check every score writer shares (API, browser feedback, annotation, review): the config
 * by id, or else the config of that name when the project has one; the data type given, the
 * config's, or the value's own; the value in the config's range or categories. Annotations must
 * follow a config.
 */
export async function resolveScoreValue(options: {
  projectId: string;
  name: string;
  value: TScoreValue;
  dataType?: TScoreDataType;
  configId?: string;
  isConfigRequired: boolean;
}): Promise<TResolvedValue> {
  const config = await findConfig(options);
  if (!config && options.isConfigRequired)
    throw invalidField("configId", "an annotation needs a score config (configId)");
  const dataType = options.dataType ?? config?.dataType ?? inferDataType(options.value);
  if (config && dataType !== config.dataType) {
    throw invalidField("dataType", `score config "${config.name}" is ${config.dataType}, not ${dataType}`);
  }
  return { config, dataType, ...checkValue({ value: options.value, dataType, config }) };
}

async function findConfig(options: {
  projectId: string;
  name: string;
  configId?: string;
}): Promise<TScoreConfig | null> {
  if (options.configId === undefined) return findScoreConfig({ projectId: options.projectId, name: options.name });
  const config = await findScoreConfig({ projectId: options.projectId, configId: options.configId });
  if (!config) throw invalidField("configId", "no score config with this id in this project");
  if (config.name !== options.name)
    throw invalidField("name", `must be "${config.name}", the name of score config ${config.id}`);
  return config;
}

function inferDataType(value: TScoreValue): TScoreDataType {
  if (typeof value === "number") return "NUMERIC";
  if (typeof value === "boolean") return "BOOLEAN";
  return "CATEGORICAL";
}

function checkValue(options: {
  value: TScoreValue;
  dataType: TScoreDataType;
  config: TScoreConfig | null;
}): Pick<TResolvedValue, "numericValue" | "stringValue"> {
  const { value, config } = options;
  switch (options.dataType) {
    case "NUMERIC": {
      if (typeof value !== "number") throw invalidField("value", "a NUMERIC score's value is a number");
      if (config?.minValue != null && value < config.minValue) {
        throw invalidField("value", `must be at least ${config.minValue} (score config "${config.name}")`);
      }
      if (config?.maxValue != null && value > config.maxValue) {
        throw invalidField("value", `must be at most ${config.maxValue} (score config "${config.name}")`);
      }
      return { numericValue: value, stringValue: null };
    }
    case "CATEGORICAL": {
      if (typeof value !== "string") throw invalidField("value", "a CATEGORICAL score's value is a category label");
      if (!config?.categories) return { numericValue: null, stringValue: value };
      const category = config.categories.find((candidate) => candidate.label === value);
      if (!category) {
        const labels = config.categories.map((candidate) => candidate.label).join(", ");
        throw invalidField("value", `"${value}" is not a category of score config "${config.name}" (${labels})`);
      }
      return { numericValue: category.value, stringValue: category.label };
    }
    case "BOOLEAN": {
      if (typeof value !== "boolean") throw invalidField("value", "a BOOLEAN score's value is true or false");
      return { numericValue: value ? 1 : 0, stringValue: String(value) };
    }
    default: {
      const exhaustive: never = options.dataType;
      return exhaustive;
    }
  }
}
