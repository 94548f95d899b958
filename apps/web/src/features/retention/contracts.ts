import { z } from "zod";

export const MAX_RETENTION_DAYS = 3650;

/** `days: null` keeps traces forever. */
export const ZUpdateRetention = z.object({
  days: z
    .number({ error: "Enter a whole number of days" })
    .int("Enter a whole number of days")
    .min(1, "Keep traces at least 1 day")
    .max(MAX_RETENTION_DAYS, `Keep traces at most ${MAX_RETENTION_DAYS} days (10 years)`)
    .nullable(),
});
export type TUpdateRetention = z.infer<typeof ZUpdateRetention>;

export const ZRetentionRun = z.strictObject({
  at: z.iso.datetime(),
  removedTraces: z.number().int(),
  removedSpans: z.number().int(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
});

export const ZRetention = z.strictObject({ days: z.number().int().nullable(), lastRun: ZRetentionRun.nullable() });
export type TRetention = z.infer<typeof ZRetention>;
export const ZRetentionResponse = z.strictObject({ retention: ZRetention });
