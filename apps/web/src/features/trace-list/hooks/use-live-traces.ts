"use client";

import { ZTraceListPage } from "@spanlight/core";
import type { TTraceSummary } from "@spanlight/core";
import { useEffect, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { listApiParams } from "../lib/list-url";
import { traceListApiPath } from "../lib/routes";

/** Ingest batches land within a second or two; 5 s keeps the list fresh without hammering the database. */
export const LIVE_POLL_MS = 5_000;

/**
 * While enabled (live on and the tab visible; the caller decides), fetches the view's first page
 * (same filters, window ending now) every LIVE_POLL_MS and hands it to `onLatest`. A poll starts
 * only after the previous one answered, so a slow server never piles requests up. Returns the last
 * poll's error, if any.
 */
export function useLiveTraces(options: {
  isEnabled: boolean;
  projectId: string;
  search: string;
  onLatest: (latest: TTraceSummary[]) => void;
}): { error: string | null } {
  const { isEnabled, projectId, search, onLatest } = options;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!isEnabled) return;
    let isStopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const page = await apiFetch(traceListApiPath(projectId, listApiParams(search, Date.now())), {
          schema: ZTraceListPage,
        });
        if (isStopped) return;
        setError(null);
        onLatest(page.data);
      } catch (caught) {
        if (!isStopped) setError(errorMessage(caught));
      }
      if (!isStopped) timer = setTimeout(() => void poll(), LIVE_POLL_MS);
    };
    // Coming back to the tab (or switching live on) catches up at once rather than after a tick.
    timer = setTimeout(() => void poll(), 0);
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [isEnabled, projectId, search, onLatest]);

  return { error: isEnabled ? error : null };
}
