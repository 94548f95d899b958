/** The trace page's frame while the server loads the trace: header, tree and panel placeholders. */
export default function TraceDetailLoading() {
  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col" aria-busy="true" aria-label="Loading trace">
      <div className="flex flex-col gap-2 border-b border-zinc-200 px-5 pt-3 pb-3">
        <div className="h-3 w-32 animate-pulse rounded bg-zinc-100" />
        <div className="h-5 w-64 animate-pulse rounded bg-zinc-100" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-zinc-100" />
      </div>
      <div className="flex min-h-0 flex-1">
        <div className="flex flex-1 flex-col gap-2 p-3">
          {Array.from({ length: 12 }, (_, row) => (
            <div key={row} className="h-5 animate-pulse rounded bg-zinc-50" style={{ marginLeft: (row % 4) * 14 }} />
          ))}
        </div>
        <div className="w-[480px] border-l border-zinc-200 p-4">
          <div className="h-6 w-48 animate-pulse rounded bg-zinc-100" />
          <div className="mt-4 h-40 animate-pulse rounded-lg bg-zinc-50" />
        </div>
      </div>
    </div>
  );
}
