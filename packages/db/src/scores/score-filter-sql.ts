import type { TScoreSource } from "@spanlight/core";

/** Which scores of one name agreement, compare and calibration read. */
export type TScoreWindow = {
  projectId: string;
  name: string;
  source?: TScoreSource;
  authorId?: string;
  queueId?: string;
  from?: string;
  to?: string;
};

/** The WHERE conditions of a score window over `score`, with their parameters ($1, $2, …). */
export function scoreWindowSql(window: TScoreWindow): { conditions: string[]; values: unknown[] } {
  const values: unknown[] = [window.projectId, window.name];
  const conditions = ["project_id = $1", "name = $2"];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(sql(`$${values.length}`));
  };
  if (window.from) add((p) => `timestamp >= ${p}::timestamptz`, window.from);
  if (window.to) add((p) => `timestamp < ${p}::timestamptz`, window.to);
  if (window.source) add((p) => `source = ${p}::"ScoreSource"`, window.source);
  if (window.authorId) add((p) => `coalesce(author_user_id, author_id) = ${p}`, window.authorId);
  if (window.queueId) add((p) => `queue_id = ${p}`, window.queueId);
  return { conditions, values };
}
