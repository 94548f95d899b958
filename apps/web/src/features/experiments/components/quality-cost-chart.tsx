"use client";

import type { TDatasetRunSummary } from "@spanlight/core";
import { useState } from "react";
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { formatCost } from "@/features/trace-detail/lib/format";
import { paretoFront } from "@/lib/pareto-front";
import { extraScoreNames, formatRatio } from "../lib/run-columns";

const AXIS = { fontSize: 11, fill: "var(--color-zinc-500)" };
const RUN_COLOR = "var(--color-zinc-400)";
const FRONT_COLOR = "var(--color-brand)";

type TQuality = { id: string; label: string; value: (run: TDatasetRunSummary) => number | null };

function qualities(runs: readonly TDatasetRunSummary[]): TQuality[] {
  const builtIn: TQuality[] = [
    { id: "f1", label: "F1 (micro)", value: (run) => run.metrics.f1 },
    { id: "macroF1", label: "F1 (macro)", value: (run) => run.metrics.macroF1 },
    { id: "exactMatch", label: "Exact match", value: (run) => run.metrics.exactMatch },
  ];
  const scores = extraScoreNames(runs).map((name) => ({
    id: `score-${name}`,
    label: name,
    value: (run: TDatasetRunSummary) => run.scores[name] ?? null,
  }));
  return [...builtIn, ...scores];
}

/** Quality against mean cost per item, one dot a run; the Pareto front (the runs worth choosing) joined. */
export function QualityCostChart({ runs }: { runs: TDatasetRunSummary[] }) {
  const options = qualities(runs);
  const [qualityId, setQualityId] = useState(options[0]!.id);
  const quality = options.find((option) => option.id === qualityId) ?? options[0]!;
  const points = runs.flatMap((run): Array<{ name: string; cost: number; quality: number }> => {
    const value = quality.value(run);
    return value === null || run.cost.mean === null ? [] : [{ name: run.name, cost: run.cost.mean, quality: value }];
  });
  const front = paretoFront(points);
  const frontNames = new Set(front.map((point) => point.name));
  const others = points.filter((point) => !frontNames.has(point.name));
  return (
    <Card aria-label="Quality vs cost">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle>Quality vs cost</CardTitle>
          <CardDescription>
            Mean cost per item against quality; the highlighted line is the Pareto front: no other run is both cheaper
            and better.
          </CardDescription>
        </div>
        <Select value={quality.id} onValueChange={setQualityId}>
          <SelectTrigger className="w-44" aria-label="Quality">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {options.map((option) => (
              <SelectItem key={option.id} value={option.id}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </CardHeader>
      <CardContent className="h-72">
        {points.length === 0 ? (
          <p className="text-13 text-zinc-500">
            No run has both a cost and a {quality.label} yet: evaluate the runs first.
          </p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <ScatterChart margin={{ top: 16, right: 32, bottom: 8, left: 0 }}>
              <CartesianGrid stroke="var(--color-zinc-100)" />
              <XAxis
                type="number"
                dataKey="cost"
                name="Cost per item"
                tick={AXIS}
                tickFormatter={formatCost}
                domain={["auto", "auto"]}
              />
              <YAxis
                type="number"
                dataKey="quality"
                name={quality.label}
                tick={AXIS}
                tickFormatter={formatRatio}
                domain={["auto", "auto"]}
              />
              <Tooltip
                cursor={{ strokeDasharray: "3 3" }}
                formatter={(value, name) => [
                  name === "Cost per item" ? formatCost(Number(value)) : formatRatio(Number(value)),
                  name,
                ]}
              />
              <Scatter name="Runs" data={others} fill={RUN_COLOR} isAnimationActive={false}>
                <LabelList dataKey="name" position="top" style={{ fontSize: 11, fill: "var(--color-zinc-500)" }} />
              </Scatter>
              <Scatter
                name="Pareto front"
                data={front}
                fill={FRONT_COLOR}
                line={{ stroke: FRONT_COLOR, strokeWidth: 2 }}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="name"
                  position="top"
                  style={{ fontSize: 11, fill: "var(--color-zinc-800)", fontWeight: 600 }}
                />
              </Scatter>
            </ScatterChart>
          </ResponsiveContainer>
        )}
      </CardContent>
    </Card>
  );
}
