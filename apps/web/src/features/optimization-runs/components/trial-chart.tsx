"use client";

import type { TOptimizationTrial } from "@spanlight/core";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { toTrialPoints } from "../lib/trial-points";

const AXIS = { fontSize: 11, fill: "var(--color-zinc-500)" };

/** Score per evaluation in trial order: minibatches and full evaluations apart, the best so far as a line. */
export function TrialChart({ trials }: { trials: TOptimizationTrial[] }) {
  const points = toTrialPoints(trials);
  if (points.every((point) => point.minibatch === null && point.full === null))
    return <p className="text-13 text-zinc-500">No evaluation has a score yet.</p>;
  return (
    <div className="h-72 w-full" role="img" aria-label="Score per trial">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="var(--color-zinc-100)" vertical={false} />
          <XAxis dataKey="step" type="number" domain={[0.5, points.length + 0.5]} allowDecimals={false} tick={AXIS} />
          <YAxis tick={AXIS} domain={["auto", "auto"]} />
          <Tooltip labelFormatter={(step) => points[Number(step) - 1]?.label ?? ""} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="stepAfter"
            dataKey="bestSoFar"
            name="Best so far"
            stroke="var(--color-brand)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          {/* Each series gets only its own points: a null in a shared array still renders a hidden symbol. */}
          <Scatter
            data={points.filter((point) => point.full !== null)}
            dataKey="full"
            name="Full evaluation"
            fill="var(--color-brand)"
            isAnimationActive={false}
          />
          <Scatter
            data={points.filter((point) => point.minibatch !== null)}
            dataKey="minibatch"
            name="Minibatch"
            fill="var(--color-amber-500)"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
