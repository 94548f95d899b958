"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FormEvent } from "react";
import type { z } from "zod";
import { parseForm } from "@/lib/forms";
import type { TFieldErrors } from "@/lib/forms";
import { authErrorMessage } from "../auth-error-message";
import type { TAuthClientError } from "../auth-error-message";

type TAuthCall<T> = (input: T) => Promise<{ error: TAuthClientError | null }>;

/**
 * Validates the form with the schema, calls better-auth, and on success goes to `/` (which picks
 * the first project). Field errors and the server's refusal are kept apart for the form to show.
 */
export function useAuthForm<S extends z.ZodType>(schema: S, authCall: TAuthCall<z.infer<S>>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(schema, event.currentTarget);
    setFieldErrors(parsed.errors ?? {});
    setFormError(null);
    if (!parsed.data) return;
    const input = parsed.data;
    startTransition(async () => {
      const { error } = await authCall(input);
      if (error) {
        setFormError(authErrorMessage(error, { pageOrigin: window.location.origin }));
        return;
      }
      router.replace("/");
      router.refresh();
    });
  }

  return { onSubmit, isPending, fieldErrors, formError };
}
