"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { toQueryString } from "../lib/list-params";

/**
 * Changes a list's URL params; the server page re-reads them and renders the new list. `isPending`
 * is true until it has, so the old rows can be dimmed meanwhile.
 */
export function useListNavigation(current: Record<string, string | undefined>) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  function setParams(changes: Record<string, string | undefined>) {
    const query = toQueryString({ ...current, ...changes });
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  return { setParams, isPending };
}
