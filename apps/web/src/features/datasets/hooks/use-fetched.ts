"use client";

import { useEffect, useState } from "react";
import { errorMessage } from "@/lib/api-client/api-fetch";

type TFetched<T> = { key: string; data: T | null; error: string | null };

/**
 * What `fetcher` answers for `key` (a URL), refetched when the key changes; null key: nothing.
 * The answer is kept with its key, so a stale answer never shows under a newer key.
 */
export function useFetched<T>(key: string | null, fetcher: (key: string) => Promise<T>) {
  const [result, setResult] = useState<TFetched<T> | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) return;
    let isCurrent = true;
    fetcher(key)
      .then((data) => isCurrent && setResult({ key, data, error: null }))
      .catch((caught: unknown) => isCurrent && setResult({ key, data: null, error: errorMessage(caught) }));
    return () => {
      isCurrent = false;
    };
    // The fetcher is the same request for the same key: only the key (and a reload) refetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const current = result?.key === key ? result : null;
  return {
    data: current?.data ?? null,
    error: current?.error ?? null,
    isLoading: key !== null && current === null,
    /** Replaces the answer in place (an edit saved). */
    setData: (data: T) => key !== null && setResult({ key, data, error: null }),
    reload: () => setGeneration((value) => value + 1),
  };
}
