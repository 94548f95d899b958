"use client";

import { ZNextQueueItem, ZQueueItem, ZQueueItemHistory, ZQueueItemView, ZSpan, ZTraceTree } from "@spanlight/core";
import type { TCompleteQueueItem, TQueueItem, TQueueItemView, TSpan } from "@spanlight/core";
import { z } from "zod";
import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { queueApiPath } from "../lib/queue-paths";

const ZItemAnswer = z.strictObject({ item: ZQueueItem });

export type TReviewState =
  | { kind: "loading" }
  | { kind: "done" }
  | { kind: "error"; message: string }
  | { kind: "item"; view: TQueueItemView; span: TSpan | null; isTraceMissing: boolean };

/**
 * The review screen's data: the current item (claimed with a lock, or opened from history), its
 * target span with payloads, and the actions that move on. Each action reloads what it changed.
 */
export function useReviewSession(options: { projectId: string; queueId: string; initialItemId: string | null }) {
  const { projectId, queueId } = options;
  const [state, setState] = useState<TReviewState>({ kind: "loading" });
  const [history, setHistory] = useState<TQueueItem[]>([]);
  const [isBusy, setIsBusy] = useState(false);

  const loadHistory = useCallback(async () => {
    const answer = await apiFetch(queueApiPath(projectId, queueId, "history"), { schema: ZQueueItemHistory });
    setHistory(answer.data);
  }, [projectId, queueId]);

  const openItem = useCallback(
    async (itemId: string) => {
      setState({ kind: "loading" });
      try {
        const view = await apiFetch(queueApiPath(projectId, queueId, "items", itemId), { schema: ZQueueItemView });
        const { span, isTraceMissing } = await loadTargetSpan(projectId, view.item);
        setState({ kind: "item", view, span, isTraceMissing });
      } catch (caught) {
        setState({ kind: "error", message: errorMessage(caught) });
      }
    },
    [projectId, queueId],
  );

  const next = useCallback(async () => {
    setState({ kind: "loading" });
    try {
      const answer = await apiFetch(queueApiPath(projectId, queueId, "next"), {
        method: "POST",
        schema: ZNextQueueItem,
      });
      if (!answer.item) {
        setState({ kind: "done" });
        return;
      }
      await openItem(answer.item.id);
    } catch (caught) {
      setState({ kind: "error", message: errorMessage(caught) });
    }
  }, [projectId, queueId, openItem]);

  const finish = useCallback(
    async (action: "complete" | "skip", body?: TCompleteQueueItem) => {
      if (state.kind !== "item") return null;
      setIsBusy(true);
      try {
        await apiFetch(queueApiPath(projectId, queueId, "items", state.view.item.id, action), {
          method: "POST",
          body: body ?? {},
          schema: ZItemAnswer,
        });
        await loadHistory();
        await next();
        return null;
      } catch (caught) {
        return errorMessage(caught);
      } finally {
        setIsBusy(false);
      }
    },
    [state, projectId, queueId, loadHistory, next],
  );

  /** The finished item before the current one (or the latest finished one while reviewing a new item). */
  const previous = useCallback(async () => {
    const currentId = state.kind === "item" ? state.view.item.id : null;
    const index = currentId ? history.findIndex((item) => item.id === currentId) : -1;
    const target = history[index + 1];
    if (target) await openItem(target.id);
  }, [state, history, openItem]);

  useEffect(() => {
    // After mount, not during the effect: the first load sets state the way every later move does.
    void Promise.resolve().then(async () => {
      await loadHistory();
      if (options.initialItemId) await openItem(options.initialItemId);
      else await next();
    });
    // Only on mount: later moves go through the actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    state,
    history,
    isBusy,
    next,
    previous,
    openItem,
    complete: (body: TCompleteQueueItem) => finish("complete", body),
    skip: () => finish("skip"),
  };
}

/** The item's span with payloads: its own span, or the trace's root. A trace not ingested yet is no error. */
async function loadTargetSpan(
  projectId: string,
  item: TQueueItem,
): Promise<{ span: TSpan | null; isTraceMissing: boolean }> {
  const tracePath = `/api/projects/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(item.traceId)}`;
  try {
    let spanId = item.spanId;
    if (!spanId) {
      const tree = await apiFetch(`${tracePath}/tree`, { schema: ZTraceTree });
      spanId = (tree.spans.find((span) => !span.parentSpanId) ?? tree.spans[0])?.spanId ?? null;
    }
    if (!spanId) return { span: null, isTraceMissing: true };
    return {
      span: await apiFetch(`${tracePath}/spans/${encodeURIComponent(spanId)}`, { schema: ZSpan }),
      isTraceMissing: false,
    };
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404) return { span: null, isTraceMissing: true };
    throw caught;
  }
}
