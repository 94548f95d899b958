import { z } from "zod";
import { ZTraceIdParam } from "./traces.ts";

/** Most traces one request deletes: a page of the list, selected, with room to spare. */
export const DELETE_TRACES_MAX = 1_000;

/** The trace list's "delete selected": the ids, each a trace id of the project. */
export const ZDeleteTraces = z.strictObject({
  traceIds: z
    .array(ZTraceIdParam.shape.traceId)
    .min(1, "Select at least one trace")
    .max(DELETE_TRACES_MAX, `Delete at most ${DELETE_TRACES_MAX} traces at once`),
});
export type TDeleteTraces = z.input<typeof ZDeleteTraces>;

/** Which of the asked-for ids were traces of the project (and are now gone, with their spans). */
export const ZDeleteTracesResult = z.strictObject({ deletedTraceIds: z.array(z.string()) });
export type TDeleteTracesResult = z.infer<typeof ZDeleteTracesResult>;
