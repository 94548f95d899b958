"use client";

import { ZTraceListPage } from "@spanlight/core";
import type { TTraceListPage, TTraceSummary } from "@spanlight/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { listApiParams } from "../lib/list-url";
import { appendPage, mergeLatest } from "../lib/merge-traces";
import { traceListApiPath } from "../lib/routes";

/** How long a trace that arrived live stays highlighted. */
const FRESH_HIGHLIGHT_MS = 2_500;
const NO_IDS: ReadonlySet<string> = new Set();

type TPagesState = {
  rows: TTraceSummary[];
  nextCursor: string | null;
  isLoadingMore: boolean;
  loadError: string | null;
  freshIds: ReadonlySet<string>;
};

/**
 * The rows of one view: the server's first page, the pages "Load more" appends through the keyset
 * cursor, and whatever live polling prepends. Mount it once per view (keyed by the URL's query):
 * a new filter starts from a new first page.
 */
export function useTracePages(options: { projectId: string; search: string; initialPage: TTraceListPage }) {
  const { projectId, search, initialPage } = options;
  const [state, setState] = useState<TPagesState>(() => ({
    rows: initialPage.data,
    nextCursor: initialPage.nextCursor,
    isLoadingMore: false,
    loadError: null,
    freshIds: NO_IDS,
  }));
  // A scroll burst can ask for the same page several times before React re-renders.
  const isLoadingRef = useRef(false);

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor || isLoadingRef.current) return;
    isLoadingRef.current = true;
    setState((current) => ({ ...current, isLoadingMore: true, loadError: null }));
    try {
      const params = listApiParams(search, Date.now());
      params.set("cursor", cursor);
      const page = await apiFetch(traceListApiPath(projectId, params), { schema: ZTraceListPage });
      setState((current) => ({
        ...current,
        rows: appendPage(current.rows, page.data),
        nextCursor: page.nextCursor,
        isLoadingMore: false,
      }));
    } catch (error) {
      setState((current) => ({ ...current, isLoadingMore: false, loadError: errorMessage(error) }));
    } finally {
      isLoadingRef.current = false;
    }
  }, [projectId, search, state.nextCursor]);

  const mergeLive = useCallback((latest: TTraceSummary[]) => {
    setState((current) => {
      const merged = mergeLatest(current.rows, latest);
      const freshIds = merged.freshIds.length > 0 ? new Set(merged.freshIds) : current.freshIds;
      return { ...current, rows: merged.rows, freshIds };
    });
  }, []);

  useEffect(() => {
    if (state.freshIds.size === 0) return;
    const timer = setTimeout(() => setState((current) => ({ ...current, freshIds: NO_IDS })), FRESH_HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [state.freshIds]);

  const removeRows = useCallback((traceIds: readonly string[]) => {
    const removed = new Set(traceIds);
    setState((current) => ({ ...current, rows: current.rows.filter((row) => !removed.has(row.traceId)) }));
  }, []);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, mergeLive, removeRows };
}
