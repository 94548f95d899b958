"use client";

import { useEffect, useState } from "react";
import { errorMessage } from "@/lib/api-client/api-fetch";

export type TApiQueryState<T> = {
  data: T;
  /** True until the first answer: cards show a skeleton of their final size, so nothing jumps. */
  isLoading: boolean;
  /** True while a newer query runs: the previous answer stays on screen, dimmed. */
  isRefreshing: boolean;
  error: string | null;
};

/**
 * Asks `load(key)` whenever `key` changes (null asks nothing) and keeps the last answer meanwhile.
 * The key is the whole request (a JSON string), so equal requests are one request.
 */
export function useApiQuery<T>(key: string | null, load: (key: string) => Promise<T>, empty: T): TApiQueryState<T> {
  const [answer, setAnswer] = useState<{ key: string | null; data: T; error: string | null }>({
    key: null,
    data: empty,
    error: null,
  });
  useEffect(() => {
    if (key === null) return;
    let isCancelled = false;
    load(key)
      .then((data) => !isCancelled && setAnswer({ key, data, error: null }))
      .catch(
        (error: unknown) => !isCancelled && setAnswer((previous) => ({ ...previous, key, error: errorMessage(error) })),
      );
    return () => {
      isCancelled = true;
    };
  }, [key, load]);
  const hasAnswer = answer.key !== null;
  return {
    data: answer.data,
    isLoading: !hasAnswer,
    isRefreshing: hasAnswer && answer.key !== key,
    error: answer.error,
  };
}
