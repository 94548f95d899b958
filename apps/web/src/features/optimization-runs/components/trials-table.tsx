import type { TOptimizationTrial } from "@spanlight/core";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { tracePagePath } from "@/features/sessions";
import { formatCost, formatInteger } from "@/features/trace-detail/lib/format";
import { formatTrialScore } from "../lib/trial-points";

const STATUS_TONES = { accepted: "success", rejected: "danger" } as const;

/** Every evaluation in trial order with its candidate, split, score, cost and the traces behind it. */
export function TrialsTable({ projectId, trials }: { projectId: string; trials: TOptimizationTrial[] }) {
  return (
    <Table aria-label="Trials">
      <TableHeader>
        <TableRow>
          <TableHead>Trial</TableHead>
          <TableHead>Candidate</TableHead>
          <TableHead>Parents</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Split</TableHead>
          <TableHead className="text-right">Size</TableHead>
          <TableHead className="text-right">Score</TableHead>
          <TableHead className="text-right">Cost</TableHead>
          <TableHead>Traces</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {trials.map((trial, index) => (
          <TableRow key={index}>
            <TableCell className="font-medium text-zinc-900">
              {trial.number === null ? "baseline" : trial.number}
            </TableCell>
            <TableCell className="font-mono text-12">{trial.candidateId ?? "–"}</TableCell>
            <TableCell className="font-mono text-12">{trial.parentIds.join(", ") || "–"}</TableCell>
            <TableCell>
              {trial.status ? (
                <Badge tone={STATUS_TONES[trial.status as keyof typeof STATUS_TONES] ?? "neutral"}>
                  {trial.status}
                </Badge>
              ) : (
                "–"
              )}
            </TableCell>
            <TableCell>{trial.split ?? "–"}</TableCell>
            <TableCell className="text-right tabular-nums">
              {trial.size === null ? "–" : formatInteger(trial.size)}
            </TableCell>
            <TableCell className="text-right font-mono text-12 tabular-nums">
              {formatTrialScore(trial.score, trial.scoreScale)}
            </TableCell>
            <TableCell className="text-right font-mono text-12 tabular-nums">
              {trial.costUsd === null ? "–" : formatCost(trial.costUsd)}
            </TableCell>
            <TableCell>
              <div className="flex flex-wrap gap-2">
                {trial.traceIds.map((traceId) => (
                  <Link
                    key={traceId}
                    href={tracePagePath(projectId, traceId)}
                    className="font-mono text-12 text-brand hover:underline"
                  >
                    {traceId.slice(0, 8)}
                  </Link>
                ))}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
