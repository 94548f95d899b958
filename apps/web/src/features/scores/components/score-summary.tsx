import type { TScore } from "@spanlight/core";
import { Badge } from "@/components/ui/badge";
import { formatScoreValue } from "../lib/score-format";

type TNameSummary = { name: string; count: number; text: string };

/** Per name: the mean of numbers, or the most given label (booleans as the share that is true). */
function summarise(scores: TScore[]): TNameSummary[] {
  const byName = new Map<string, TScore[]>();
  for (const score of scores) byName.set(score.name, [...(byName.get(score.name) ?? []), score]);
  return [...byName.entries()]
    .map(([name, group]) => ({ name, count: group.length, text: summaryText(group) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function summaryText(group: TScore[]): string {
  const first = group[0]!;
  switch (first.dataType) {
    case "NUMERIC": {
      const values = group.map((score) => score.value).filter((value): value is number => typeof value === "number");
      return `mean ${formatScoreValue(values.reduce((total, value) => total + value, 0) / Math.max(1, values.length))}`;
    }
    case "BOOLEAN": {
      const trues = group.filter((score) => score.value === true).length;
      return `${Math.round((trues / group.length) * 100)}% true`;
    }
    case "CATEGORICAL": {
      const counts = new Map<string, number>();
      for (const score of group) counts.set(String(score.value), (counts.get(String(score.value)) ?? 0) + 1);
      const [label = ""] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
      return label;
    }
    default: {
      const exhaustive: never = first.dataType;
      return exhaustive;
    }
  }
}

/** A session's (or any group's) scores as one badge per name: `helpfulness mean 3.5 ×4`. */
export function ScoreSummary({ scores }: { scores: TScore[] }) {
  if (scores.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5" aria-label="Scores">
      {summarise(scores).map((entry) => (
        <Badge key={entry.name} tone="brand" title={`${entry.count} ${entry.count === 1 ? "score" : "scores"}`}>
          {entry.name} {entry.text}
          <span className="text-[11px] opacity-70">×{entry.count}</span>
        </Badge>
      ))}
    </div>
  );
}
