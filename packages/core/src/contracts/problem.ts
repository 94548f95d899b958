import { z } from "zod";

/** Every error answer of the REST API: a clear message, a code, and the request id to quote. */
export const ZProblem = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    /** Set for invalid requests: which input failed and why. */
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type TProblemContract = z.infer<typeof ZProblem>;
