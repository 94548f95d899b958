import type { TQueueItemScore } from "@spanlight/core";
import { Badge } from "@/components/ui/badge";

/** The scores on an item a reviewer may see, each with its author; comments render as plain text. */
export function ItemScoreList({ scores }: { scores: TQueueItemScore[] }) {
  if (scores.length === 0) return null;
  return (
    <ul
      aria-label="Scores on this item"
      className="flex flex-col divide-y divide-zinc-100 border-t border-zinc-100 pt-1"
    >
      {scores.map((score) => (
        <li key={score.id} className="flex flex-col gap-0.5 py-1.5 text-13">
          <div className="flex items-center gap-2">
            <span className="font-medium text-zinc-900">{score.name}</span>
            <span className="tabular-nums">{String(score.value)}</span>
            {score.isAdjudicated ? <Badge tone="success">final</Badge> : null}
            <span className="ml-auto text-12 text-zinc-500">{score.authorName ?? score.authorUserId ?? "—"}</span>
          </div>
          {score.comment ? <p className="whitespace-pre-wrap text-12 text-zinc-600">{score.comment}</p> : null}
        </li>
      ))}
    </ul>
  );
}
