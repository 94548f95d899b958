"use client";

import { ZSpan, ZTraceTree } from "@spanlight/core";
import type { TSpan } from "@spanlight/core";
import { useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { spanPayloadPath } from "@/features/trace-detail/lib/routes";
import { traceTreeApiPath } from "../lib/routes";

export type TModelCallState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "loaded"; span: TSpan | null }
  | { status: "error"; message: string };

// Turns opened once stay loaded when the conversation re-renders or a turn is closed and reopened.
const loaded = new Map<string, TSpan | null>();

/**
 * The first model call of a turn's trace with its full chat (system prompt, history, tool calls),
 * fetched when a person opens the turn: the light span tree finds it, then its payload loads.
 */
export function useModelCall(options: { projectId: string; traceId: string }) {
  const { projectId, traceId } = options;
  const key = `${projectId}/${traceId}`;
  const [state, setState] = useState<TModelCallState>(() =>
    loaded.has(key) ? { status: "loaded", span: loaded.get(key) ?? null } : { status: "idle" },
  );

  async function load() {
    if (state.status === "loading" || state.status === "loaded") return;
    setState({ status: "loading" });
    try {
      const tree = await apiFetch(traceTreeApiPath(projectId, traceId), { schema: ZTraceTree });
      const llmSpan = tree.spans.find((span) => span.kind === "LLM");
      const span = llmSpan
        ? await apiFetch(spanPayloadPath({ projectId, traceId, spanId: llmSpan.spanId }), { schema: ZSpan })
        : null;
      loaded.set(key, span);
      setState({ status: "loaded", span });
    } catch (error) {
      setState({ status: "error", message: errorMessage(error) });
    }
  }

  return { state, load };
}
