import "server-only";
import { randomUUID } from "node:crypto";
import type { TCreateScoreParsed, TScore, TScoreSource } from "@spanlight/core";
import { insertScore } from "@spanlight/db";
import { resolveScoreValue } from "./validate-score-value";

/**
 * Creates a score after checking it against its config (by configId, or the config of that name).
 * The same id again answers the stored score with isNew false and stores nothing. `source`
 * overrides the input's (browser feedback is always FEEDBACK); `author.userId` is the signed-in
 * person, kept apart from the free-form `authorId` an API client may send.
 */
export async function createScore(options: {
  projectId: string;
  input: TCreateScoreParsed;
  author: { userId?: string };
  source?: TScoreSource;
  queueId?: string;
  isAdjudicated?: boolean;
}): Promise<{ score: TScore; isNew: boolean }> {
  const { input } = options;
  const source = options.source ?? input.source;
  const resolved = await resolveScoreValue({
    projectId: options.projectId,
    name: input.name,
    value: input.value,
    dataType: input.dataType,
    configId: input.configId,
    isConfigRequired: source === "ANNOTATION",
  });
  return insertScore({
    projectId: options.projectId,
    score: {
      id: input.id ?? randomUUID(),
      traceId: input.traceId ?? null,
      spanId: input.spanId ?? null,
      sessionId: input.sessionId ?? null,
      name: input.name,
      dataType: resolved.dataType,
      numericValue: resolved.numericValue,
      stringValue: resolved.stringValue,
      comment: input.comment ?? null,
      correction: input.correction ?? null,
      source,
      authorUserId: options.author.userId ?? null,
      authorId: input.authorId ?? null,
      configId: resolved.config?.id ?? null,
      queueId: options.queueId ?? null,
      isAdjudicated: options.isAdjudicated ?? false,
      metadata: input.metadata ?? null,
      timestamp: input.timestamp ?? null,
    },
  });
}
