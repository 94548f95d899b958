"use client";

import type { TScore, TScoreConfig } from "@spanlight/core";
import { Badge } from "@/components/ui/badge";
import { formatScoreValue, scoreTone } from "../lib/score-format";
import { scoresOnTarget, useTraceScoresContext } from "./trace-scores-provider";

// A row has room for a few; the rest are counted (the annotate panel lists them all).
const MAX_BADGES = 3;

/** Compact `name value` badges, the newest first. */
export function ScoreBadges({
  scores,
  configs,
  max = MAX_BADGES,
}: {
  scores: TScore[];
  configs: TScoreConfig[];
  max?: number;
}) {
  if (scores.length === 0) return null;
  const configById = new Map(configs.map((config) => [config.id, config]));
  const shown = [...scores].sort((a, b) => b.timestamp.localeCompare(a.timestamp)).slice(0, max);
  const hidden = scores.length - shown.length;
  return (
    <span className="flex shrink-0 items-center gap-1" aria-label="Scores">
      {shown.map((score) => (
        <Badge
          key={score.id}
          tone={scoreTone(score, score.configId ? configById.get(score.configId) : undefined)}
          className="px-1.5 py-0 text-[11px]"
          title={`${score.name}: ${formatScoreValue(score.value)} (${score.source.toLowerCase()})`}
        >
          {score.name} {formatScoreValue(score.value)}
        </Badge>
      ))}
      {hidden > 0 ? <span className="text-[11px] text-zinc-400">+{hidden}</span> : null}
    </span>
  );
}

/** A span row's badges, from the trace page's scores. */
export function SpanScoreBadges({ spanId, isRoot }: { spanId: string; isRoot: boolean }) {
  const context = useTraceScoresContext();
  if (!context) return null;
  // The root row also shows the trace's own scores: that is where people look for them.
  const scores = [...scoresOnTarget(context.scores, spanId), ...(isRoot ? scoresOnTarget(context.scores, null) : [])];
  return <ScoreBadges scores={scores} configs={context.configs} max={2} />;
}
