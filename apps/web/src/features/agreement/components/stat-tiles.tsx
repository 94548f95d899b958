export type TStatTile = { label: string; value: string; hint?: string };

/** A row of labelled numbers (alpha, kappa, accuracy…), the headline of the agreement and calibration views. */
export function StatTiles({ tiles, label }: { tiles: TStatTile[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-zinc-200 bg-white px-3 py-2.5">
          <dt className="text-12 text-zinc-500">{tile.label}</dt>
          <dd className="mt-0.5 text-xl font-semibold tabular-nums text-zinc-900" data-stat={tile.label}>
            {tile.value}
          </dd>
          {tile.hint ? <dd className="text-12 text-zinc-400">{tile.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
