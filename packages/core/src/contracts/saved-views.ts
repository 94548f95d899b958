import { z } from "zod";

/** A saved trace-list filter: `query` is the list query as a URL search string, without the `?`. */
export const ZSavedView = z.strictObject({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
});
export type TSavedView = z.infer<typeof ZSavedView>;

export const ZSavedViewList = z.strictObject({ savedViews: z.array(ZSavedView) });
export const ZSavedViewResponse = z.strictObject({ savedView: ZSavedView });

/** `query` is checked against the trace list query and stored normalised (no cursor, no blanks). */
export const ZCreateSavedView = z.object({
  name: z.string().trim().min(1, "Name the view").max(100, "Keep the name under 100 characters"),
  query: z
    .string()
    .max(4_000)
    .transform((value) => value.trim().replace(/^\?/, "")),
});
export type TCreateSavedView = z.input<typeof ZCreateSavedView>;

export const ZSavedViewIdParam = z.object({ savedViewId: z.string().min(1).max(100) });
