/** Keeps the settings header and tabs in place while a tab renders. */
export default function SettingsTabLoading() {
  return (
    <div
      className="h-64 animate-pulse rounded-lg border border-zinc-100 bg-zinc-50"
      aria-busy="true"
      aria-label="Loading"
    />
  );
}
