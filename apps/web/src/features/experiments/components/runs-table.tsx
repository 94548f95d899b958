"use client";

import type { TDatasetRunSummary } from "@spanlight/core";
import { MAX_COMPARED_RUNS } from "@spanlight/core";
import { GitCompare } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { compareRunsPagePath } from "../lib/routes";
import { bestValues, runColumns, runModel } from "../lib/run-columns";
import type { TAveraging } from "../lib/run-columns";
import { ChoiceToggle } from "./choice-toggle";
import { CopyAsButton } from "./copy-as-button";

const AVERAGING_CHOICES = [
  { value: "micro", label: "Micro" },
  { value: "macro", label: "Macro" },
] as const;

type TRunsTableProps = {
  projectId: string;
  datasetName: string;
  runs: TDatasetRunSummary[];
  /** The whole table (micro and macro) as text, made on the server. */
  copies: { markdown: string; csv: string };
};

/** The runs side by side like a paper's results table: the best value of each column stands out. */
export function RunsTable({ projectId, datasetName, runs, copies }: TRunsTableProps) {
  const [averaging, setAveraging] = useState<TAveraging>("micro");
  const [selected, setSelected] = useState<string[]>([]);
  const columns = runColumns(runs, averaging);
  const best = bestValues(runs, columns);
  const canCompare = selected.length >= 2 && selected.length <= MAX_COMPARED_RUNS;
  const onToggle = (name: string) =>
    setSelected((current) => (current.includes(name) ? current.filter((item) => item !== name) : [...current, name]));

  return (
    <Card aria-label="Runs">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle>Runs</CardTitle>
          <CardDescription>
            Precision, recall and F1 over item sets: micro from summed counts, macro as the mean over items.
          </CardDescription>
        </div>
        <div className="flex items-center gap-2">
          <ChoiceToggle label="Averaging" choices={AVERAGING_CHOICES} value={averaging} onChange={setAveraging} />
          <CopyAsButton format="Markdown" text={copies.markdown} />
          <CopyAsButton format="CSV" text={copies.csv} />
          <Link
            href={canCompare ? compareRunsPagePath(projectId, datasetName, selected) : "#"}
            aria-disabled={!canCompare}
            className={cn(buttonVariants({ size: "sm" }), !canCompare && "pointer-events-none opacity-50")}
          >
            <GitCompare aria-hidden />
            Compare {selected.length > 0 ? selected.length : ""}
          </Link>
        </div>
      </CardHeader>
      <CardContent className="px-0 py-0">
        <Table aria-label="Runs table">
          <TableHeader>
            <TableRow>
              <TableHead className="w-8 pr-0">
                <span className="sr-only">Select</span>
              </TableHead>
              <TableHead>Run</TableHead>
              <TableHead>Model</TableHead>
              {columns.map((column) => (
                <TableHead key={column.id} className="text-right">
                  {column.label}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.id}>
                <TableCell className="pr-0">
                  <input
                    type="checkbox"
                    aria-label={`Select ${run.name}`}
                    checked={selected.includes(run.name)}
                    onChange={() => onToggle(run.name)}
                    className="size-3.5 accent-brand"
                  />
                </TableCell>
                <TableCell className="font-medium text-zinc-900">{run.name}</TableCell>
                <TableCell className="text-zinc-600">{runModel(run) || "–"}</TableCell>
                {columns.map((column) => {
                  const value = column.value(run);
                  const isBest = value !== null && best.get(column.id) === value;
                  return (
                    <TableCell
                      key={column.id}
                      data-best={isBest || undefined}
                      className={cn(
                        "text-right font-mono text-12 tabular-nums",
                        isBest && "bg-emerald-50/70 font-semibold text-emerald-700",
                      )}
                    >
                      {value === null ? "–" : column.format(value)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
