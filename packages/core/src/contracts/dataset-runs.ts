import { z } from "zod";
import { ZDatasetName } from "./datasets.ts";

// Dataset runs (experiments): a named execution of a pipeline over a dataset version, its items
// linked to the traces the pipeline produced, built-in metrics stored as EVAL scores (issue 9).

/** The built-in metrics (pure functions in packages/eval, whose registry must list each of these). */
export const METRIC_NAMES = ["exact_match", "set_prf"] as const;
export type TMetricName = (typeof METRIC_NAMES)[number];

/** How many runs one compare request may put side by side. */
export const MAX_COMPARED_RUNS = 4;

const ZId = z.string().trim().min(1).max(200);
const ZRunName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/?#,]+$/, "a run name cannot contain / ? # or ,");

export const ZDatasetRunParams = z.object({ name: ZDatasetName, run: ZRunName });

export const ZRunMetadata = z
  .record(z.string(), z.unknown())
  .meta({ description: 'Any keys, e.g. {"model": "gpt-4o-mini", "promptVersion": "3"}' });

export const ZCreateDatasetRun = z.strictObject({
  name: ZRunName,
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: "The dataset version the run reads (default: the latest)" }),
  metadata: ZRunMetadata.optional(),
  description: z.string().max(10_000).optional(),
});
export type TCreateDatasetRun = z.infer<typeof ZCreateDatasetRun>;

export const ZDatasetRun = z.strictObject({
  id: z.string(),
  name: z.string(),
  datasetName: z.string(),
  datasetVersion: z.number().int(),
  description: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export type TDatasetRun = z.infer<typeof ZDatasetRun>;

export const ZCreateDatasetRunItem = z.strictObject({
  datasetItemId: ZId,
  traceId: ZId,
  spanId: ZId.optional().meta({ description: "The span whose output is the item's output (default: the root)" }),
  output: z.unknown().optional().meta({ description: "The output to score (default: the span's output)" }),
});
export type TCreateDatasetRunItem = z.infer<typeof ZCreateDatasetRunItem>;

export const ZDatasetRunItem = z.strictObject({
  id: z.string(),
  runName: z.string(),
  datasetItemId: z.string(),
  traceId: z.string(),
  spanId: z.string().nullable(),
  output: z.unknown(),
  createdAt: z.string(),
});
export type TDatasetRunItem = z.infer<typeof ZDatasetRunItem>;

/** Parsing options of the set metrics: the separators text is split on, and case sensitivity. */
export const ZMetricOptions = z.strictObject({
  separators: z.array(z.string().min(1).max(10)).min(1).max(10).optional(),
  caseSensitive: z.boolean().optional(),
});

export const ZEvaluateDatasetRun = z.strictObject({
  metrics: z.array(z.enum(METRIC_NAMES)).min(1).max(METRIC_NAMES.length),
  options: ZMetricOptions.optional(),
});
export type TEvaluateDatasetRun = z.infer<typeof ZEvaluateDatasetRun>;

const ZNullableNumber = z.number().nullable();

/** The run figures the built-in metrics give (null until evaluated, or without items). */
export const ZRunMetrics = z.strictObject({
  exactMatch: ZNullableNumber,
  precision: ZNullableNumber,
  recall: ZNullableNumber,
  f1: ZNullableNumber,
  macroPrecision: ZNullableNumber,
  macroRecall: ZNullableNumber,
  macroF1: ZNullableNumber,
});
export type TRunMetrics = z.infer<typeof ZRunMetrics>;
export const RUN_METRIC_KEYS = Object.keys(ZRunMetrics.shape) as (keyof TRunMetrics)[];

export const ZEvaluateDatasetRunResult = z.strictObject({
  evaluated: z.number().int(),
  /** Items whose trace has not arrived yet (no output to score). */
  skipped: z.number().int(),
  metrics: ZRunMetrics,
});
export type TEvaluateDatasetRunResult = z.infer<typeof ZEvaluateDatasetRunResult>;

export const ZDatasetRunSummary = ZDatasetRun.extend({
  items: z.number().int(),
  /** Items whose trace has an error span. */
  errors: z.number().int(),
  latency: z.strictObject({ mean: ZNullableNumber, p50: ZNullableNumber, p95: ZNullableNumber }),
  cost: z.strictObject({ total: z.number(), mean: ZNullableNumber }),
  /** Mean of every numeric score on the run's traces, by score name. */
  scores: z.record(z.string(), z.number()),
  metrics: ZRunMetrics,
});
export type TDatasetRunSummary = z.infer<typeof ZDatasetRunSummary>;
export const ZDatasetRunList = z.strictObject({ data: z.array(ZDatasetRunSummary) });
export type TDatasetRunList = z.infer<typeof ZDatasetRunList>;

export const ZCompareRunsQuery = z.object({
  runs: z
    .string()
    .max(1_000)
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(ZRunName).min(2).max(MAX_COMPARED_RUNS))
    .meta({ description: `Two to ${MAX_COMPARED_RUNS} run names, comma-separated` }),
});

export const ZComparedRunItem = z.strictObject({
  output: z.unknown(),
  traceId: z.string(),
  scores: z.record(z.string(), z.number()),
  latencyMs: ZNullableNumber,
  costUsd: ZNullableNumber,
});
export type TComparedRunItem = z.infer<typeof ZComparedRunItem>;

export const ZRunComparison = z.strictObject({
  items: z.array(
    z.strictObject({
      datasetItemId: z.string(),
      input: z.unknown(),
      expectedOutput: z.unknown(),
      /** Keyed by run name; a run that did not reach the item is absent. */
      runs: z.record(z.string(), ZComparedRunItem),
    }),
  ),
});
export type TRunComparison = z.infer<typeof ZRunComparison>;

/**
 * A span's claim "I am dataset item X's pass through run R", read at ingest from span attributes
 * (packages/ingest `extractRunLinks`) and stored by packages/db `linkRunItems`.
 */
export type TRunLink = {
  /** The dataset's name, or its id (Langfuse's `langfuse.experiment.dataset.id`). */
  dataset: string;
  runName: string;
  runMetadata: Record<string, unknown> | null;
  datasetItemId: string;
  traceId: string;
  spanId: string;
};
