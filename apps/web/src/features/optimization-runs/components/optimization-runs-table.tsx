import type { TOptimizationRunSummary } from "@spanlight/core";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import { formatCost, formatInteger } from "@/features/trace-detail/lib/format";
import { optimizationRunPagePath } from "../lib/routes";

function score(value: number | null): string {
  return value === null ? "–" : String(Number(value.toFixed(4)));
}

/** The project's optimiser runs, newest first, each linking to its trials. */
export function OptimizationRunsTable({ projectId, runs }: { projectId: string; runs: TOptimizationRunSummary[] }) {
  return (
    <Table aria-label="Optimization runs">
      <TableHeader>
        <TableRow>
          <TableHead>Run</TableHead>
          <TableHead>Optimizer</TableHead>
          <TableHead>Metric</TableHead>
          <TableHead className="text-right">Baseline</TableHead>
          <TableHead className="text-right">Best</TableHead>
          <TableHead className="text-right">Trials</TableHead>
          <TableHead className="text-right">Cost</TableHead>
          <TableHead>Started</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => (
          <TableRow key={run.runId}>
            <TableCell>
              <Link
                href={optimizationRunPagePath(projectId, run.runId)}
                className="font-mono text-12 font-medium text-brand hover:underline"
              >
                {run.runId}
              </Link>
            </TableCell>
            <TableCell>{run.optimizer ?? "–"}</TableCell>
            <TableCell>{run.metric ?? "–"}</TableCell>
            <TableCell className="text-right tabular-nums">{score(run.baselineScore)}</TableCell>
            <TableCell className="text-right font-medium tabular-nums">{score(run.bestScore)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatInteger(run.trials)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {run.costUsd === null ? "–" : formatCost(run.costUsd)}
            </TableCell>
            <TableCell className="text-zinc-500 tabular-nums">
              <Timestamp iso={run.startTime} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
