"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";

/** The params the dashboard keeps: the trace list's window and filters, plus its own choices. */
const DASHBOARD_PARAM_KEYS = [
  "range",
  "from",
  "to",
  "name",
  "environment",
  "tags",
  "userId",
  "release",
  "scores",
  "compareScore",
];

/** The dashboard's state as the URL holds it; every edit replaces the URL (no history entry each). */
export function useDashboardUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const search = searchParams.toString();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const updateParams = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(search);
      edit(next);
      const kept = new URLSearchParams();
      for (const key of DASHBOARD_PARAM_KEYS) {
        const value = next.get(key)?.trim();
        if (value) kept.set(key, value);
      }
      const query = kept.toString();
      startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
    },
    [pathname, router, search],
  );
  return { search, params, updateParams, isPending };
}
