import { cn } from "@/lib/utils";

type TConfusionHeatmapProps = { labels: string[]; matrix: number[][]; aLabel: string; bLabel: string };

/** matrix[i][j]: targets with a = labels[i] (rows) and b = labels[j] (columns); darker is more. */
export function ConfusionHeatmap({ labels, matrix, aLabel, bLabel }: TConfusionHeatmapProps) {
  if (labels.length === 0) return <p className="text-13 text-zinc-500">No target has both scores yet.</p>;
  const max = Math.max(1, ...matrix.flat());
  return (
    <div className="overflow-x-auto">
      <table aria-label="Confusion matrix" className="border-separate border-spacing-1 text-13">
        <thead>
          <tr>
            <th className="px-2 text-left text-12 font-normal text-zinc-500">
              {aLabel} ↓ · {bLabel} →
            </th>
            {labels.map((label) => (
              <th key={label} scope="col" className="px-2 text-center font-medium text-zinc-700">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((rowLabel, row) => (
            <tr key={rowLabel}>
              <th scope="row" className="px-2 text-right font-medium text-zinc-700">
                {rowLabel}
              </th>
              {labels.map((columnLabel, column) => {
                const count = matrix[row]?.[column] ?? 0;
                const intensity = count / max;
                return (
                  <td
                    key={columnLabel}
                    data-cell={`${rowLabel}|${columnLabel}`}
                    aria-label={`${aLabel} ${rowLabel}, ${bLabel} ${columnLabel}: ${count}`}
                    className={cn(
                      "size-16 min-w-16 rounded-md text-center font-semibold tabular-nums",
                      row === column ? "ring-1 ring-emerald-600/30" : "",
                      intensity > 0.55 ? "text-on-accent" : "text-zinc-800",
                    )}
                    style={{ backgroundColor: `rgba(79, 70, 229, ${0.06 + intensity * 0.84})` }}
                  >
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
