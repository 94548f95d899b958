"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/api-client/api-fetch";

export type TKeysetPage<T> = { data: T[]; nextCursor: string | null };

/**
 * The server's first page plus the pages "Load more" fetched after it. Key the owner by the query,
 * so a new query starts again from its first page.
 */
export function useKeysetPages<T>(options: {
  initial: TKeysetPage<T>;
  fetchPage: (cursor: string) => Promise<TKeysetPage<T>>;
}) {
  const { initial, fetchPage } = options;
  const [more, setMore] = useState<T[]>([]);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    if (cursor === null || isLoading) return;
    setIsLoading(true);
    setError(null);
    try {
      const page = await fetchPage(cursor);
      setMore((rows) => [...rows, ...page.data]);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsLoading(false);
    }
  }

  return { rows: [...initial.data, ...more], hasMore: cursor !== null, isLoading, error, loadMore };
}
