"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { canonicalSearch } from "../lib/list-url";

/**
 * The list's view as the URL holds it, and the way to change it: every edit replaces the URL (no
 * history entry per keystroke-sized change), and the server renders the new first page. `isPending`
 * is true until that page arrives.
 */
export function useTraceListQuery() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const search = canonicalSearch(new URLSearchParams(searchParams.toString()));
  const params = useMemo(() => new URLSearchParams(search), [search]);

  const replaceSearch = useCallback(
    (next: string) => {
      const canonical = canonicalSearch(new URLSearchParams(next));
      startTransition(() => router.replace(canonical ? `${pathname}?${canonical}` : pathname, { scroll: false }));
    },
    [pathname, router],
  );

  /** Applies `edit` to a copy of the current params; blank values drop out. */
  const updateParams = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(search);
      edit(next);
      replaceSearch(next.toString());
    },
    [replaceSearch, search],
  );

  return { search, params, updateParams, replaceSearch, isPending };
}

export type TTraceListQueryState = ReturnType<typeof useTraceListQuery>;
