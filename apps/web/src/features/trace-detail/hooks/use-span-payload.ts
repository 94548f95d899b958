"use client";

import { ZSpan } from "@spanlight/core";
import type { TSpan } from "@spanlight/core";
import { useEffect, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { spanPayloadPath } from "../lib/routes";

// Arrow-key browsing passes through spans faster than payloads load: wait until the selection rests.
const FETCH_DELAY_MS = 80;
// Payloads can be megabytes each; keep the last few for flicking back and forth, not the whole trace.
const CACHE_SIZE = 40;
const cache = new Map<string, TSpan>();

type TPayloadResult = { key: string; span: TSpan | null; error: string | null };

/** The full payload of the selected span, fetched on selection and kept in a small LRU. */
export function useSpanPayload(options: { projectId: string; traceId: string; spanId: string | null }) {
  const { projectId, traceId, spanId } = options;
  const key = spanId === null ? null : `${projectId}/${traceId}/${spanId}`;
  const [result, setResult] = useState<TPayloadResult | null>(null);
  const cached = key === null ? undefined : cache.get(key);

  useEffect(() => {
    if (spanId === null || key === null || cache.has(key)) return;
    let isCancelled = false;
    const timer = setTimeout(() => {
      apiFetch(spanPayloadPath({ projectId, traceId, spanId }), { schema: ZSpan })
        .then((span) => {
          remember(key, span);
          if (!isCancelled) setResult({ key, span, error: null });
        })
        .catch((error: unknown) => {
          if (!isCancelled) setResult({ key, span: null, error: errorMessage(error) });
        });
    }, FETCH_DELAY_MS);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [projectId, traceId, spanId, key]);

  const current = result?.key === key ? result : null;
  const span = cached ?? current?.span ?? null;
  return { span, error: span ? null : (current?.error ?? null), isLoading: key !== null && !span && !current?.error };
}

function remember(key: string, span: TSpan): void {
  cache.delete(key);
  cache.set(key, span);
  if (cache.size <= CACHE_SIZE) return;
  const oldest = cache.keys().next().value;
  if (oldest !== undefined) cache.delete(oldest);
}
