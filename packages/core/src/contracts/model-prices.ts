import { z } from "zod";

const ZPerMillion = z.number().min(0).max(1_000_000);

/** A project's own price for a model, in USD per million tokens. */
export const ZModelPriceInput = z.strictObject({
  modelName: z.string().trim().min(1, "Name the model").max(200, "Keep the model name under 200 characters"),
  matchPattern: z
    .string()
    .trim()
    .min(1, "Give a pattern that matches the model")
    .max(500, "Keep the pattern under 500 characters")
    .refine(isValidRegex, "matchPattern must be a valid regular expression"),
  inputPerMTok: ZPerMillion,
  outputPerMTok: ZPerMillion,
  cacheReadPerMTok: ZPerMillion.nullable().default(null),
  cacheWritePerMTok: ZPerMillion.nullable().default(null),
  reasoningPerMTok: ZPerMillion.nullable().default(null),
  /** When the price starts to apply, by span start time; now when left out (unchanged on a replace). */
  effectiveFrom: z.iso.datetime({ offset: true, message: "effectiveFrom must be an ISO date-time" }).optional(),
});
export type TModelPriceInputContract = z.infer<typeof ZModelPriceInput>;

export const ZModelPrice = ZModelPriceInput.extend({
  id: z.string(),
  effectiveFrom: z.string(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).strict();
export type TModelPriceContract = z.infer<typeof ZModelPrice>;

/** A row of the built-in table, shown beside the project's own prices. */
export const ZBuiltinModelPrice = z.strictObject({
  id: z.string(),
  modelName: z.string(),
  matchPattern: z.string(),
  provider: z.string(),
  inputPerMTok: z.number(),
  outputPerMTok: z.number(),
  cacheReadPerMTok: z.number().nullable(),
  cacheWritePerMTok: z.number().nullable(),
  reasoningPerMTok: z.number().nullable(),
  source: z.string(),
  asOf: z.string(),
});
export type TBuiltinModelPrice = z.infer<typeof ZBuiltinModelPrice>;

export const ZModelPriceIdParam = z.object({ priceId: z.string().min(1) });

/** Retiring ends a price's period; spans that start from then on fall to the next matching row. */
export const ZRetireModelPrice = z.strictObject({
  retiredAt: z.iso.datetime({ offset: true, message: "retiredAt must be an ISO date-time" }).optional(),
});
export type TRetireModelPrice = z.infer<typeof ZRetireModelPrice>;

/** How many spans each project price has costed, by price id (prices without spans are left out). */
export const ZModelPriceCoverage = z.strictObject({ spans: z.record(z.string(), z.number().int()) });
export type TModelPriceCoverage = z.infer<typeof ZModelPriceCoverage>;

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, "i");
    return true;
  } catch {
    return false;
  }
}
