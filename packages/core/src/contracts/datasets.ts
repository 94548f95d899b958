import { z } from "zod";
import { queryText, ZListCursor, ZListLimit, ZNextCursor } from "./query-params.ts";
import { ZScore } from "./scores.ts";
import { ZTraceListQuery } from "./trace-list.ts";

/** How many items one `from-traces` request may add: a filter past this is cut at the newest. */
export const DATASET_FROM_TRACES_LIMIT = 5_000;

const ZItemId = z.string().trim().min(1).max(200);
const ZJsonValue = z.unknown().refine((value) => value !== undefined, "required");

export const ZDatasetName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/?#]+$/, "a dataset name cannot contain / ? or #");

export const ZDatasetNameParam = z.object({ name: ZDatasetName });
export const ZDatasetItemParams = z.object({ name: ZDatasetName, itemId: ZItemId });

/** A JSON Schema (draft 2020-12 or 07) that the items' input or expected output must satisfy. */
const ZJsonSchema = z.record(z.string(), z.unknown()).meta({ description: "A JSON Schema object" });

export const ZCreateDataset = z.strictObject({
  name: ZDatasetName,
  description: z.string().max(10_000).optional(),
  inputSchema: ZJsonSchema.optional(),
  expectedOutputSchema: ZJsonSchema.optional(),
});
export type TCreateDataset = z.infer<typeof ZCreateDataset>;

export const ZDataset = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  inputSchema: z.record(z.string(), z.unknown()).nullable(),
  expectedOutputSchema: z.record(z.string(), z.unknown()).nullable(),
  /** The newest version; 0 while nothing was ever added. */
  latestVersion: z.number().int(),
  /** Active items in the latest version. */
  itemCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TDataset = z.infer<typeof ZDataset>;
export const ZDatasetList = z.strictObject({ data: z.array(ZDataset) });

export const ZDatasetItemStatus = z.enum(["active", "archived"]);
export type TDatasetItemStatus = z.infer<typeof ZDatasetItemStatus>;

/** An item to add, or (an existing id) to edit: either makes a new dataset version. */
export const ZCreateDatasetItem = z.strictObject({
  id: ZItemId.optional(),
  input: ZJsonValue,
  expectedOutput: z.unknown().optional(),
  metadata: z.unknown().optional(),
  sourceTraceId: z.string().min(1).max(200).optional(),
  sourceSpanId: z.string().min(1).max(200).optional(),
});
export type TCreateDatasetItem = z.infer<typeof ZCreateDatasetItem>;

export const ZDatasetItem = z.strictObject({
  id: z.string(),
  /** The dataset version this revision of the item appeared in. */
  version: z.number().int(),
  status: ZDatasetItemStatus,
  input: z.unknown(),
  expectedOutput: z.unknown(),
  metadata: z.unknown(),
  sourceTraceId: z.string().nullable(),
  sourceSpanId: z.string().nullable(),
  createdAt: z.string(),
});
export type TDatasetItem = z.infer<typeof ZDatasetItem>;

export const ZDatasetLineage = z.strictObject({
  traceId: z.string().nullable(),
  spanId: z.string().nullable(),
  /** The feedback scores that flagged the source. */
  feedback: z.array(ZScore),
  /** The score whose correction became the expected output, with its author. */
  correction: ZScore.nullable(),
});
export type TDatasetLineage = z.infer<typeof ZDatasetLineage>;

export const ZDatasetItemDetail = ZDatasetItem.extend({ lineage: ZDatasetLineage });
export type TDatasetItemDetail = z.infer<typeof ZDatasetItemDetail>;

/** A whole number in the query string; absent stays undefined (the latest version). */
function queryVersion(description: string) {
  return z
    .string()
    .regex(/^\d{1,10}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(0).max(2_147_483_647))
    .meta({ description });
}
const ZVersionParam = queryVersion("As of this dataset version (default: the latest)");
const ZStatusFilter = z
  .enum(["active", "archived", "all"])
  .default("active")
  .meta({ description: "Which items (default: active)" });

export const ZDatasetItemsQuery = z.object({
  version: ZVersionParam.optional(),
  status: ZStatusFilter,
  limit: ZListLimit,
  cursor: ZListCursor,
});
export type TDatasetItemsQuery = z.output<typeof ZDatasetItemsQuery>;
export const ZDatasetItemPage = z.strictObject({ data: z.array(ZDatasetItem), nextCursor: ZNextCursor });
export type TDatasetItemPage = z.infer<typeof ZDatasetItemPage>;

export const ZDatasetItemQuery = z.object({ version: ZVersionParam.optional() });

export const ZExpectedOutputFrom = z.enum(["correction-else-output", "output", "correction"]);
export type TExpectedOutputFrom = z.infer<typeof ZExpectedOutputFrom>;

const ZJsonPathText = z.string().trim().min(1).max(500);
/**
 * Which source fields go where: JSON paths into the source `{input, output, metadata, correction,
 * name, traceId, spanId}` and into the item `{input, expectedOutput, metadata}`.
 */
export const ZDatasetMapping = z
  .array(z.strictObject({ from: ZJsonPathText, to: ZJsonPathText }))
  .max(50)
  .meta({ description: 'e.g. [{"from": "$.input.question", "to": "$.input.question"}]' });
export type TDatasetMapping = z.infer<typeof ZDatasetMapping>;

export const ZDatasetFromTraces = z
  .strictObject({
    traceIds: z.array(ZItemId).min(1).max(DATASET_FROM_TRACES_LIMIT).optional(),
    filter: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: 'The trace list\'s query parameters as an object, e.g. {"score": "thumbs:eq:0"}' }),
    spanName: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .meta({ description: "Take this span of each trace (default: the root)" }),
    mapping: ZDatasetMapping.optional(),
    expectedOutputFrom: ZExpectedOutputFrom.default("correction-else-output"),
  })
  .superRefine((body, context) => {
    if ((body.traceIds === undefined) === (body.filter === undefined))
      context.addIssue({ code: "custom", path: ["traceIds"], message: "give exactly one of traceIds or filter" });
    if (!body.filter) return;
    const parsed = ZTraceListQuery.safeParse(body.filter);
    if (parsed.success) return;
    for (const issue of parsed.error.issues)
      context.addIssue({ code: "custom", path: ["filter", ...issue.path.map(String)], message: issue.message });
  });
export type TDatasetFromTraces = z.output<typeof ZDatasetFromTraces>;

export const ZDatasetFromTracesResult = z.strictObject({
  added: z.number().int(),
  skipped: z.number().int(),
  /** The version the add made (the latest one when nothing was added). */
  version: z.number().int(),
});

/** One span as a dataset item would start from it: its input and output, and the correction that wins. */
export const ZDatasetItemSource = z.strictObject({
  traceId: z.string(),
  spanId: z.string(),
  input: z.unknown(),
  output: z.unknown(),
  /** The correction's value, in the order the bulk add uses (adjudicated annotation first); null when none. */
  correction: z.unknown(),
});
export type TDatasetItemSource = z.infer<typeof ZDatasetItemSource>;

/** How many items the bulk-add preview shows before anything is written. */
export const DATASET_PREVIEW_LIMIT = 5;

/** The first items a from-traces add would write, and how many traces it would take (nothing is stored). */
export const ZDatasetFromTracesPreview = z.strictObject({
  items: z.array(
    z.strictObject({
      input: z.unknown(),
      expectedOutput: z.unknown(),
      metadata: z.unknown(),
      sourceTraceId: z.string().nullable(),
      sourceSpanId: z.string().nullable(),
    }),
  ),
  matched: z.number().int(),
});
export type TDatasetFromTracesPreview = z.infer<typeof ZDatasetFromTracesPreview>;

export const ZDatasetVersion = z.strictObject({
  version: z.number().int(),
  createdAt: z.string(),
  added: z.number().int(),
  changed: z.number().int(),
  archived: z.number().int(),
  reason: z.string(),
});
export type TDatasetVersion = z.infer<typeof ZDatasetVersion>;
export const ZDatasetVersionList = z.array(ZDatasetVersion);

export const ZDatasetDiffQuery = z.object({
  from: queryVersion("The older version (0: the empty dataset)"),
  to: queryVersion("The newer version"),
});
export const ZDatasetDiff = z.strictObject({
  added: z.array(ZDatasetItem),
  removed: z.array(ZDatasetItem),
  changed: z.array(z.strictObject({ id: z.string(), before: ZDatasetItem, after: ZDatasetItem })),
});
export type TDatasetDiff = z.infer<typeof ZDatasetDiff>;

export const ZDatasetExportQuery = z.object({
  format: z.enum(["jsonl", "csv", "openai", "dspy"]),
  version: ZVersionParam.optional(),
  status: ZStatusFilter,
  inputKey: queryText({ max: 100, description: "dspy: the key of a non-object input (default input)" }),
  outputKey: queryText({ max: 100, description: "dspy: the key of a non-object expected output (default output)" }),
});
export type TDatasetExportQuery = z.output<typeof ZDatasetExportQuery>;

/** jsonl and csv carry every field; openai and dspy files import too, so every export round-trips. */
export const ZDatasetImportQuery = z.object({
  format: z.enum(["jsonl", "csv", "openai", "dspy"]),
  inputKey: queryText({ max: 100, description: "dspy: the key a non-object input was written under (default input)" }),
  outputKey: queryText({ max: 100, description: "dspy: the key of a non-object expected output (default output)" }),
  inputKeys: queryText({
    max: 2_000,
    description: "dspy: comma-separated input keys (the rest is the expected output)",
  }),
});
export type TDatasetImportQuery = z.output<typeof ZDatasetImportQuery>;
export const ZDatasetImportResult = z.strictObject({ added: z.number().int(), version: z.number().int() });

/** A dataset file as a request or response body (OpenAPI: a string of the file's bytes). */
export const ZDatasetFile = z
  .string()
  .meta({ description: "The file: one item a line (csv: a header, then one record each)" });
