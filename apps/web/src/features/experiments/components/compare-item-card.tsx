"use client";

import type { TComparedRunItem } from "@spanlight/core";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { tracePagePath } from "@/features/sessions";
import { formatCost, formatDuration } from "@/features/trace-detail/lib/format";
import { valueText } from "../lib/compare-rows";
import type { TCompareItem } from "../lib/compare-rows";
import { formatRatio } from "../lib/run-columns";
import { OutputDiff } from "./output-diff";

type TCompareItemCardProps = {
  projectId: string;
  item: TCompareItem;
  runNames: string[];
  scoreName: string;
  difference: number | null;
};

/** One dataset item: its input and expected output, then each run's output diffed against it. */
export function CompareItemCard({ projectId, item, runNames, scoreName, difference }: TCompareItemCardProps) {
  const expected = valueText(item.expectedOutput);
  return (
    <Card aria-label={`Item ${item.datasetItemId}`}>
      <div className="flex items-center justify-between gap-3 border-b border-zinc-100 px-5 py-3">
        <h3 className="font-mono text-12 font-medium text-zinc-700">{item.datasetItemId}</h3>
        {difference === null ? null : (
          <Badge tone={difference < 0 ? "danger" : difference > 0 ? "success" : "neutral"}>
            {scoreName} {difference > 0 ? "+" : ""}
            {formatRatio(difference)}
          </Badge>
        )}
      </div>
      <div
        className="grid divide-x divide-zinc-100"
        style={{ gridTemplateColumns: `repeat(${runNames.length + 1}, minmax(0, 1fr))` }}
      >
        <div className="flex flex-col gap-3 px-5 py-4">
          <Field label="Input">
            <p className="text-13 break-words whitespace-pre-wrap text-zinc-700">{valueText(item.input)}</p>
          </Field>
          <Field label="Expected">
            <p className="font-mono text-12 leading-5 break-words whitespace-pre-wrap text-zinc-800">
              {expected || "–"}
            </p>
          </Field>
        </div>
        {runNames.map((runName) => (
          <RunCell
            key={runName}
            projectId={projectId}
            runName={runName}
            result={item.runs[runName]}
            expected={expected}
            scoreName={scoreName}
          />
        ))}
      </div>
    </Card>
  );
}

function RunCell(props: {
  projectId: string;
  runName: string;
  result: TComparedRunItem | undefined;
  expected: string;
  scoreName: string;
}) {
  const { result } = props;
  if (!result) {
    return (
      <div className="px-5 py-4" aria-label={`${props.runName} result`}>
        <RunName name={props.runName} />
        <p className="mt-2 text-13 text-zinc-400 italic">Not in this run</p>
      </div>
    );
  }
  const scores = Object.entries(result.scores).sort(([a], [b]) =>
    a === props.scoreName ? -1 : b === props.scoreName ? 1 : a.localeCompare(b),
  );
  return (
    <div className="flex flex-col gap-3 px-5 py-4" aria-label={`${props.runName} result`}>
      <div className="flex items-center justify-between gap-2">
        <RunName name={props.runName} />
        <Link
          href={tracePagePath(props.projectId, result.traceId)}
          className="inline-flex items-center gap-1 text-12 text-brand hover:underline"
        >
          Trace
          <ExternalLink className="size-3" aria-hidden />
        </Link>
      </div>
      <OutputDiff base={props.expected} text={valueText(result.output)} />
      <div className="flex flex-wrap gap-1">
        {scores.map(([name, value]) => (
          <Badge key={name} tone={name === props.scoreName ? "brand" : "neutral"}>
            {name} {formatRatio(value)}
          </Badge>
        ))}
      </div>
      <p className="text-12 text-zinc-500 tabular-nums">
        {result.latencyMs === null ? "–" : formatDuration(result.latencyMs)} ·{" "}
        {result.costUsd === null ? "no cost" : formatCost(result.costUsd)}
      </p>
    </div>
  );
}

function RunName({ name }: { name: string }) {
  return <span className="truncate text-13 font-semibold text-zinc-900">{name}</span>;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-[11px] font-semibold tracking-wide text-zinc-400 uppercase">{label}</span>
      {children}
    </div>
  );
}
