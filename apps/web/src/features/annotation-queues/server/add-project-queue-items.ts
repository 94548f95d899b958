import "server-only";
import type { TAddQueueItemsResult, ZAddQueueItems } from "@spanlight/core";
import { addQueueItems } from "@spanlight/db";
import type { TQueueItemsInput } from "@spanlight/db";
import type { z } from "zod";

/** Adds the body's traces, spans or filter matches to the queue (the contract allows one of them). */
export async function addProjectQueueItems(options: {
  projectId: string;
  queueId: string;
  body: z.output<typeof ZAddQueueItems>;
}): Promise<TAddQueueItemsResult> {
  return addQueueItems({ projectId: options.projectId, queueId: options.queueId, input: toInput(options.body) });
}

function toInput(body: z.output<typeof ZAddQueueItems>): TQueueItemsInput {
  if (body.traceIds) return { traceIds: body.traceIds };
  if (body.spans) return { spans: body.spans };
  return { filter: body.filter ?? {} };
}
