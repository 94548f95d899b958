import { z } from "zod";

// Field builders for list queries that arrive as URL search params: every value is a string, and an
// empty one (`?minCost=`, as a form left blank serialises) means "not given" rather than 0 or "".
// Each builder is a string schema piped into a transform, so its input side stays a plain string
// with a pattern: that is what the OpenAPI document shows, while services get numbers and arrays.

const DECIMAL = /^(\d+(\.\d+)?)?$/;
const INTEGER = /^\d*$/;

/** An optional, trimmed text; blank is absent. */
export function queryText(options: { max: number; description: string }) {
  return z
    .string()
    .max(options.max)
    .transform((value) => value.trim() || undefined)
    .optional()
    .meta({ description: options.description });
}

/** An optional non-negative decimal such as `0.25`; blank is absent. */
export function queryDecimal(description: string) {
  return z
    .string()
    .regex(DECIMAL, "must be a non-negative number")
    .transform((value) => (value ? Number(value) : undefined))
    .optional()
    .meta({ description });
}

/** An integer with bounds and a default used when the param is absent or blank. */
export function queryInteger(options: { min: number; max: number; default: number; description: string }) {
  return z
    .string()
    .regex(INTEGER, "must be a whole number")
    .optional()
    .transform((value) => (value ? Number(value) : options.default))
    .pipe(z.number().int().min(options.min).max(options.max))
    .meta({ description: `${options.description} (${options.min}..${options.max}, default ${options.default})` });
}

/** A comma-separated list (`a,b`), each item checked by `item`, repeats dropped; blank is absent. */
export function queryList<T extends z.ZodType<string, string>>(item: T, description: string) {
  return z
    .string()
    .max(2_000)
    .transform((value) => {
      const parts = value.split(",").map((part) => part.trim());
      const items = [...new Set(parts.filter(Boolean))];
      return items.length > 0 ? items : undefined;
    })
    .pipe(z.array(item).max(50).optional())
    .optional()
    .meta({ description });
}

/** An ISO-8601 instant with a zone (`2026-01-31T12:00:00Z`); blank is absent. */
export function queryInstant(description: string) {
  return z
    .string()
    .transform((value) => value.trim() || undefined)
    .pipe(z.iso.datetime({ offset: true }).optional())
    .optional()
    .meta({ description, format: "date-time" });
}

export const ZSortOrder = z.enum(["asc", "desc"]);
export type TSortOrder = z.infer<typeof ZSortOrder>;

export const ZListLimit = queryInteger({ min: 1, max: 200, default: 50, description: "Page size" });

export const ZListCursor = z
  .string()
  .max(2_000)
  .transform((value) => value || undefined)
  .optional()
  .meta({
    description:
      "The `nextCursor` of the previous page; it carries that page's time window, so later pages stay stable",
  });

export const ZTimeWindowFields = {
  from: queryInstant("Start of the time window, inclusive (default: 24 hours before `to`)"),
  to: queryInstant("End of the time window, exclusive (default: now)"),
};

/** `from` before `to`, and every min at most its max, when both are given. */
export function checkRanges(value: Record<string, unknown>, context: z.RefinementCtx, pairs: [string, string][]): void {
  for (const [low, high] of pairs) {
    const lowValue = value[low];
    const highValue = value[high];
    if (lowValue === undefined || highValue === undefined) continue;
    const isTime = typeof lowValue === "string";
    const isOrdered = isTime
      ? Date.parse(lowValue) < Date.parse(String(highValue))
      : Number(lowValue) <= Number(highValue);
    const message = isTime ? `must be after ${low}` : `must be at least ${low}`;
    if (!isOrdered) context.addIssue({ code: "custom", path: [high], message });
  }
}

/** An opaque page cursor as the lists answer it; null on the last page. */
export const ZNextCursor = z.string().nullable();
