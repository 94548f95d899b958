"use client";

import { ZTraceFacets } from "@spanlight/core";
import type { TTraceFacets } from "@spanlight/core";
import { useEffect, useState } from "react";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { listApiParams } from "../lib/list-url";
import { traceFacetsApiPath } from "../lib/routes";

/**
 * The values the filters can match in the list's window, loaded when the panel opens; null until
 * they arrive (or if they cannot: the fields still take typed values).
 */
export function useTraceFacets(projectId: string, search: string): TTraceFacets | null {
  const [facets, setFacets] = useState<TTraceFacets | null>(null);
  useEffect(() => {
    const params = listApiParams(search, Date.now());
    let isCurrent = true;
    apiFetch(
      traceFacetsApiPath(projectId, { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined }),
      { schema: ZTraceFacets },
    )
      .then((answer) => {
        if (isCurrent) setFacets(answer);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [projectId, search]);
  return facets;
}
