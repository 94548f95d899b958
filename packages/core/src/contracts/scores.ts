import { z } from "zod";
import { queryInstant, queryText, ZListCursor, ZListLimit, ZNextCursor } from "./query-params.ts";

// Scores and score configs: the shapes every writer (API, browser feedback, annotation, EVAL from
// traces) and reader (trace detail, lists, agreement) shares.

export const ZScoreDataType = z.enum(["NUMERIC", "CATEGORICAL", "BOOLEAN"]);
export type TScoreDataType = z.infer<typeof ZScoreDataType>;

export const ZScoreSource = z.enum(["API", "FEEDBACK", "ANNOTATION", "EVAL"]);
export type TScoreSource = z.infer<typeof ZScoreSource>;

/** A number (NUMERIC), a category label (CATEGORICAL) or a boolean (BOOLEAN): returned as sent. */
export const ZScoreValue = z.union([z.number().finite(), z.string().min(1).max(200), z.boolean()]);
export type TScoreValue = z.infer<typeof ZScoreValue>;

const ZId = z.string().trim().min(1).max(200);

/** What the output should have been: text or any JSON. The size limit is checked on the encoded body. */
export const ZCorrection = z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]);

export const ZScoreMetadata = z.record(z.string(), z.unknown());

/**
 * A new score. Targets a trace (`traceId`), a span (`traceId` + `spanId`) or a session
 * (`sessionId`). A client-chosen `id` makes a retry the same score.
 */
export const ZCreateScore = z
  .strictObject({
    id: ZId.optional().meta({ description: "Client-chosen id: sending the same id again returns the same score" }),
    traceId: ZId.optional(),
    spanId: ZId.optional(),
    sessionId: ZId.optional(),
    name: z.string().trim().min(1).max(200),
    dataType: ZScoreDataType.optional().meta({
      description: "Inferred from the value (or the score config of this name) when omitted",
    }),
    value: ZScoreValue,
    comment: z.string().max(10_000).optional(),
    correction: ZCorrection.optional(),
    source: ZScoreSource.default("API"),
    authorId: z.string().trim().min(1).max(200).optional(),
    configId: ZId.optional(),
    metadata: ZScoreMetadata.optional(),
    timestamp: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((score, context) => {
    const hasTrace = score.traceId !== undefined;
    const hasSession = score.sessionId !== undefined;
    if (!hasTrace && !hasSession) {
      context.addIssue({
        code: "custom",
        path: ["traceId"],
        message: "a score needs traceId (with spanId for a span) or sessionId",
      });
    }
    if (score.spanId !== undefined && !hasTrace) {
      context.addIssue({ code: "custom", path: ["traceId"], message: "spanId needs its traceId" });
    }
    if (hasTrace && hasSession) {
      context.addIssue({
        code: "custom",
        path: ["sessionId"],
        message: "a score targets a trace or span, or a session, not both",
      });
    }
  });
export type TCreateScore = z.input<typeof ZCreateScore>;
export type TCreateScoreParsed = z.output<typeof ZCreateScore>;

export const ZScore = z.strictObject({
  id: z.string(),
  traceId: z.string().nullable(),
  spanId: z.string().nullable(),
  sessionId: z.string().nullable(),
  name: z.string(),
  dataType: ZScoreDataType,
  value: ZScoreValue,
  comment: z.string().nullable(),
  correction: z.unknown().nullable(),
  source: ZScoreSource,
  authorUserId: z.string().nullable(),
  authorId: z.string().nullable(),
  configId: z.string().nullable(),
  queueId: z.string().nullable(),
  isAdjudicated: z.boolean(),
  metadata: ZScoreMetadata.nullable(),
  timestamp: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TScore = z.infer<typeof ZScore>;

export const ZScoreListQuery = z.object({
  traceId: queryText({ max: 200, description: "Scores of this trace (and its spans)" }),
  spanId: queryText({ max: 200, description: "Scores of this span (with traceId)" }),
  sessionId: queryText({ max: 500, description: "Scores of this session" }),
  name: queryText({ max: 200, description: "Exactly this score name" }),
  source: ZScoreSource.optional(),
  authorId: queryText({ max: 200, description: "Exactly this author (authorId, or a person's user id)" }),
  from: queryInstant("Scores given at or after this instant"),
  to: queryInstant("Scores given before this instant"),
  limit: ZListLimit,
  cursor: ZListCursor,
});
export type TScoreListQuery = z.output<typeof ZScoreListQuery>;

export const ZScoreListPage = z.strictObject({ data: z.array(ZScore), nextCursor: ZNextCursor });
export type TScoreListPage = z.infer<typeof ZScoreListPage>;

/** A person's edit of their own score: the value, comment or correction (null clears). */
export const ZUpdateScore = z
  .strictObject({
    value: ZScoreValue.optional(),
    comment: z.string().max(10_000).nullable().optional(),
    correction: ZCorrection.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "nothing to change");
export type TUpdateScore = z.infer<typeof ZUpdateScore>;

export const ZScoreIdParam = z.object({ scoreId: z.string().min(1).max(200) });

// ---------------------------------------------------------------------------------------------

export const ZScoreCategory = z.strictObject({ label: z.string().trim().min(1).max(200), value: z.number().finite() });
export type TScoreCategory = z.infer<typeof ZScoreCategory>;

const ZScoreConfigFields = {
  name: z.string().trim().min(1).max(200),
  dataType: ZScoreDataType,
  minValue: z.number().finite().nullable().optional(),
  maxValue: z.number().finite().nullable().optional(),
  categories: z.array(ZScoreCategory).min(1).max(50).nullable().optional(),
  description: z.string().max(2_000).nullable().optional(),
};

export const ZCreateScoreConfig = z.strictObject(ZScoreConfigFields).superRefine(checkScoreConfig);
export type TCreateScoreConfig = z.input<typeof ZCreateScoreConfig>;

/** Edit or archive (`isArchived: true`); configs are never deleted so old scores keep their meaning. */
export const ZUpdateScoreConfig = z
  .strictObject({
    name: ZScoreConfigFields.name.optional(),
    minValue: ZScoreConfigFields.minValue,
    maxValue: ZScoreConfigFields.maxValue,
    categories: ZScoreConfigFields.categories,
    description: ZScoreConfigFields.description,
    isArchived: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "nothing to change");
export type TUpdateScoreConfig = z.input<typeof ZUpdateScoreConfig>;

export const ZScoreConfig = z.strictObject({
  id: z.string(),
  name: z.string(),
  dataType: ZScoreDataType,
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  categories: z.array(ZScoreCategory).nullable(),
  description: z.string().nullable(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TScoreConfig = z.infer<typeof ZScoreConfig>;

export const ZScoreConfigList = z.strictObject({ data: z.array(ZScoreConfig) });
export const ZScoreConfigIdParam = z.object({ configId: z.string().min(1).max(200) });

function checkScoreConfig(config: z.output<z.ZodObject<typeof ZScoreConfigFields>>, context: z.RefinementCtx): void {
  const hasCategories = (config.categories?.length ?? 0) > 0;
  if (config.dataType === "CATEGORICAL" && !hasCategories) {
    context.addIssue({ code: "custom", path: ["categories"], message: "a CATEGORICAL config needs categories" });
  }
  if (config.dataType !== "CATEGORICAL" && hasCategories) {
    context.addIssue({ code: "custom", path: ["categories"], message: "only a CATEGORICAL config has categories" });
  }
  if (config.minValue != null && config.maxValue != null && config.minValue > config.maxValue) {
    context.addIssue({ code: "custom", path: ["maxValue"], message: "must be at least minValue" });
  }
  const labels = config.categories?.map((category) => category.label.toLowerCase()) ?? [];
  if (new Set(labels).size !== labels.length) {
    context.addIssue({ code: "custom", path: ["categories"], message: "category labels must be unique" });
  }
}

// ---------------------------------------------------------------------------------------------
// Score filters of the trace list (`?score=helpfulness<3,thumbs=0&noScore=reviewed`).

export const SCORE_OPERATORS = ["<=", ">=", "!=", "<", ">", "="] as const;
export type TScoreOperator = (typeof SCORE_OPERATORS)[number];

/** `name op value`: a number compares the numeric value; `true`/`false` a boolean; anything else a label. */
export type TScoreCondition = { name: string; operator: TScoreOperator; value: number | boolean | string };

const CONDITION = /^(.+?)\s*(<=|>=|!=|<|>|=)\s*(.+)$/;

export function parseScoreCondition(text: string): TScoreCondition | null {
  const match = CONDITION.exec(text.trim());
  if (!match) return null;
  const [, name = "", operator = "=", raw = ""] = match;
  const value = raw.trim();
  const parsed = /^-?\d+(\.\d+)?$/.test(value)
    ? Number(value)
    : value === "true"
      ? true
      : value === "false"
        ? false
        : value;
  const isOrdered = operator !== "=" && operator !== "!=";
  if (isOrdered && typeof parsed !== "number") return null;
  return { name: name.trim(), operator: operator as TScoreOperator, value: parsed };
}

export function formatScoreCondition(condition: TScoreCondition): string {
  return `${condition.name}${condition.operator}${String(condition.value)}`;
}

/** Comma-separated score conditions; a trace must have a score matching each. */
export const ZScoreConditions = z
  .string()
  .max(2_000)
  .transform((value, context) => {
    const parts = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const conditions: TScoreCondition[] = [];
    for (const part of parts) {
      const condition = parseScoreCondition(part);
      if (!condition) {
        context.addIssue({
          code: "custom",
          message: `"${part}" is not name<op>value (ops ${SCORE_OPERATORS.join(" ")}; < > need a number)`,
        });
        return z.NEVER;
      }
      conditions.push(condition);
    }
    return conditions.length > 0 ? conditions.slice(0, 20) : undefined;
  })
  .optional()
  .meta({
    description:
      "Comma-separated score conditions `name<op>value` (ops = != < <= > >=), e.g. `helpfulness<3,thumbs=0,tone=rude`: a trace must have a score (on it or one of its spans) matching each. A number compares the numeric value (booleans are 1/0, categories their config value), `true`/`false` a boolean, other text a category label",
  });

// ---------------------------------------------------------------------------------------------
// The Scores page's charts: which names exist, and one name's distribution and trend.

export const ZScoreStatsQuery = z.object({
  name: queryText({ max: 200, description: "The score name to chart; the most given name when absent" }),
  source: ZScoreSource.optional(),
  from: queryInstant("Scores given at or after this instant (default: 30 days ago)"),
  to: queryInstant("Scores given before this instant (default: now)"),
});
export type TScoreStatsQuery = z.output<typeof ZScoreStatsQuery>;

export const ZScoreStats = z.strictObject({
  from: z.string(),
  to: z.string(),
  names: z.array(z.strictObject({ name: z.string(), dataType: ZScoreDataType, count: z.number().int() })),
  stats: z
    .strictObject({
      name: z.string(),
      dataType: ZScoreDataType,
      count: z.number().int(),
      mean: z.number().nullable(),
      /** NUMERIC: ten equal bins from the lowest to the highest value. */
      histogram: z.array(z.strictObject({ start: z.number(), end: z.number(), count: z.number().int() })),
      /** CATEGORICAL and BOOLEAN: how often each label was given. */
      categories: z.array(z.strictObject({ label: z.string(), count: z.number().int() })),
      /** Per day (hour when the window is two days or less): how many, and their mean value. */
      trend: z.array(z.strictObject({ bucket: z.string(), count: z.number().int(), mean: z.number().nullable() })),
    })
    .nullable(),
});
export type TScoreStats = z.infer<typeof ZScoreStats>;
