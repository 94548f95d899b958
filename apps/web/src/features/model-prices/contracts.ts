import type { TModelPriceInputContract } from "@spanlight/core";
import { z } from "zod";
import { fromLocalInputValue } from "@/features/trace-list";
import { regexProblem } from "./match-pattern";

const ZPerMillion = z.coerce
  .number<string>({ error: "Enter a number, e.g. 2.5" })
  .min(0, "A price cannot be negative")
  .max(1_000_000, "At most 1,000,000 per million tokens");

const ZRequiredPrice = z.string().trim().min(1, "Enter a price; 0 makes the model free").pipe(ZPerMillion);

/** A blank optional rate is billed at the input (cache) or output (reasoning) rate, so it stays null. */
const ZOptionalPrice = z
  .string()
  .trim()
  .transform((text) => text || undefined)
  .pipe(ZPerMillion.optional())
  .transform((price) => price ?? null);

/**
 * The add/edit form as its fields arrive (all text), with messages meant for a person. It checks what
 * ZModelPriceInput checks, and its output is typed as that contract, so a drift fails the compile.
 */
export const ZModelPriceForm = z.object({
  modelName: z.string().trim().min(1, "Enter a name, e.g. llama3").max(200, "Keep the name under 200 characters"),
  matchPattern: z
    .string()
    .trim()
    .min(1, "Enter a pattern, e.g. llama3.*")
    .max(500, "Keep the pattern under 500 characters")
    .superRefine((pattern, context) => {
      const problem = regexProblem(pattern);
      if (problem) context.addIssue({ code: "custom", message: `Not a valid regular expression: ${problem}` });
    }),
  inputPerMTok: ZRequiredPrice,
  outputPerMTok: ZRequiredPrice,
  cacheReadPerMTok: ZOptionalPrice,
  cacheWritePerMTok: ZOptionalPrice,
  reasoningPerMTok: ZOptionalPrice,
  /** A `datetime-local` value in the reader's zone; blank keeps the default (now, or unchanged on edit). */
  effectiveFrom: z
    .string()
    .trim()
    .optional()
    .transform((text) => (text ? fromLocalInputValue(text) : undefined)),
}) satisfies z.ZodType<TModelPriceInputContract>;
