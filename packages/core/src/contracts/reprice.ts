import { z } from "zod";

const ZIsoDateTime = (field: string) => z.iso.datetime({ offset: true, message: `${field} must be an ISO date-time` });

/** Recompute the cost of past spans that started in [from, to), optionally of one model only. */
export const ZRepriceRequest = z
  .strictObject({
    from: ZIsoDateTime("from"),
    to: ZIsoDateTime("to"),
    model: z.string().trim().min(1, "model must not be empty").max(200).optional(),
  })
  // Written so an unreadable date (NaN) passes here: its own field already carries the issue.
  .refine((value) => !(Date.parse(value.from) >= Date.parse(value.to)), {
    path: ["to"],
    message: "to must be after from",
  });
export type TRepriceRequest = z.infer<typeof ZRepriceRequest>;

export const ZRepriceState = z.enum(["queued", "running", "done", "cancelled", "failed"]);
export type TRepriceStateContract = z.infer<typeof ZRepriceState>;

export const ZRepriceStarted = z.strictObject({ jobId: z.string() });

export const ZRepriceJob = z.strictObject({
  jobId: z.string(),
  from: z.string(),
  to: z.string(),
  model: z.string().nullable(),
  state: ZRepriceState,
  /** Spans in range when the job started; spans arriving later in the range are repriced too. */
  total: z.number().int(),
  processed: z.number().int(),
  /** Spans whose cost or price changed. */
  updatedSpans: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type TRepriceJobContract = z.infer<typeof ZRepriceJob>;

export const ZRepriceJobList = z.strictObject({ jobs: z.array(ZRepriceJob) });
export type TRepriceJobList = z.infer<typeof ZRepriceJobList>;

export const ZRepriceJobParam = z.object({ jobId: z.string().min(1) });
