"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { errorMessage } from "@/lib/api-client/api-fetch";

export type TActionOutcome<TResult> = { isOk: true; result: TResult } | { isOk: false };

/**
 * Runs a mutation in a transition, then refreshes the server components so lists show the change.
 * A failure never throws: its message lands in `error` and the outcome says `isOk: false`.
 */
export function useAction<TInput, TResult>(mutation: (input: TInput) => Promise<TResult>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    (input: TInput) =>
      new Promise<TActionOutcome<TResult>>((resolve) => {
        setError(null);
        startTransition(async () => {
          try {
            const result = await mutation(input);
            router.refresh();
            resolve({ isOk: true, result });
          } catch (caught) {
            setError(errorMessage(caught));
            resolve({ isOk: false });
          }
        });
      }),
    [mutation, router],
  );

  const reset = useCallback(() => setError(null), []);

  return { run, isPending, error, reset };
}
