const SKELETON_ROWS = 14;
const CELL_WIDTHS = ["w-16", "w-32", "w-full", "w-full", "w-20", "w-14", "w-12", "w-12", "w-14"];

/** The Traces page's frame while the server loads the first page: toolbar and placeholder rows. */
export function TraceTableSkeleton() {
  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col" aria-busy="true" aria-label="Loading traces">
      <div className="flex flex-col gap-3 border-b border-zinc-200 px-5 pt-4 pb-3">
        <div className="flex items-center justify-between">
          <div className="h-6 w-20 animate-pulse rounded bg-zinc-100" />
          <div className="h-7 w-40 animate-pulse rounded-md bg-zinc-100" />
        </div>
        <div className="flex items-center gap-2">
          <div className="h-8 w-80 animate-pulse rounded-md bg-zinc-100" />
          <div className="h-7 w-36 animate-pulse rounded-md bg-zinc-100" />
          <div className="h-7 w-20 animate-pulse rounded-md bg-zinc-100" />
        </div>
      </div>
      <div className="h-8 border-b border-zinc-200 bg-zinc-50" />
      {Array.from({ length: SKELETON_ROWS }, (_, row) => (
        <div
          key={row}
          className="grid h-8 grid-cols-[116px_200px_1fr_1fr_132px_84px_80px_88px_64px] items-center gap-6 border-b border-zinc-100 px-3"
        >
          {CELL_WIDTHS.map((width, cell) => (
            <div
              key={cell}
              className={`h-3 animate-pulse rounded bg-zinc-100 ${width}`}
              style={{ opacity: 1 - row * 0.05 }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
