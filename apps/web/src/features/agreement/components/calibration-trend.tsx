"use client";

import type { TCalibration } from "@spanlight/core";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Accuracy and kappa (or Pearson for numeric scores) per day of the judge's scores. */
export function CalibrationTrend({ points, isNumeric }: { points: TCalibration["overTime"]; isNumeric: boolean }) {
  if (points.length === 0) return <p className="text-13 text-zinc-500">No days with both scores yet.</p>;
  return (
    <div className="h-56 w-full" aria-label="Agreement over time">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="var(--color-zinc-100)" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 12, fill: "var(--color-zinc-500)" }} />
          <YAxis domain={isNumeric ? [-1, 1] : [0, 1]} tick={{ fontSize: 12, fill: "var(--color-zinc-500)" }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {isNumeric ? (
            <Line type="monotone" dataKey="pearson" name="Pearson r" stroke="#4f46e5" strokeWidth={2} dot />
          ) : (
            <>
              <Line type="monotone" dataKey="accuracy" name="Accuracy" stroke="#4f46e5" strokeWidth={2} dot />
              <Line type="monotone" dataKey="cohenKappa" name="Cohen's κ" stroke="#10b981" strokeWidth={2} dot />
            </>
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
