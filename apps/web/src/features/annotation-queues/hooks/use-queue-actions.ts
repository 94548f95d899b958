"use client";

import { ZAddQueueItemsResult, ZAnnotationQueue, ZScore } from "@spanlight/core";
import type { TAdjudicateQueueItem, TAddQueueItems, TCreateAnnotationQueue } from "@spanlight/core";
import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { queueApiPath } from "../lib/queue-paths";

async function createQueue(input: { projectId: string; queue: TCreateAnnotationQueue }) {
  return apiFetch(queueApiPath(input.projectId), { method: "POST", body: input.queue, schema: ZAnnotationQueue });
}

async function addItems(input: { projectId: string; queueId: string; items: TAddQueueItems }) {
  return apiFetch(queueApiPath(input.projectId, input.queueId, "items"), {
    method: "POST",
    body: input.items,
    schema: ZAddQueueItemsResult,
  });
}

async function adjudicate(input: { projectId: string; queueId: string; itemId: string; body: TAdjudicateQueueItem }) {
  return apiFetch(queueApiPath(input.projectId, input.queueId, "items", input.itemId, "adjudicate"), {
    method: "POST",
    body: input.body,
    schema: ZScore,
  });
}

export function useCreateQueue() {
  return useAction(createQueue);
}

export function useAddQueueItems() {
  return useAction(addItems);
}

export function useAdjudicate() {
  return useAction(adjudicate);
}
