import type { z } from "zod";

export type TFieldErrors = Record<string, string>;

export type TParsedForm<T> = { data: T; errors: null } | { data: null; errors: TFieldErrors };

/** Reads a form's fields through a zod schema; the first message per field, keyed by field name. */
export function parseForm<S extends z.ZodType>(schema: S, form: HTMLFormElement): TParsedForm<z.infer<S>> {
  const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
  if (parsed.success) return { data: parsed.data, errors: null };
  const errors: TFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { data: null, errors };
}
