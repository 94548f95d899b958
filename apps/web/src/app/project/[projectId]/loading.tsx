/** Shown inside the shell while a section renders on the server. */
export default function ProjectSectionLoading() {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-8 py-8" aria-busy="true" aria-label="Loading">
      <div className="flex flex-col gap-2">
        <div className="h-6 w-40 animate-pulse rounded-md bg-zinc-100" />
        <div className="h-4 w-80 animate-pulse rounded-md bg-zinc-100" />
      </div>
      <div className="h-48 animate-pulse rounded-lg border border-zinc-100 bg-zinc-50" />
      <div className="h-72 animate-pulse rounded-lg border border-zinc-100 bg-zinc-50" />
    </div>
  );
}
