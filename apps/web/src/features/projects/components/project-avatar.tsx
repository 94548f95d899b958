import { cn } from "@/lib/utils";

// Fixed hues picked by the project id, so a project keeps its colour across sessions and people.
const HUES = [
  "bg-indigo-100 text-indigo-700",
  "bg-emerald-100 text-emerald-700",
  "bg-amber-100 text-amber-800",
  "bg-sky-100 text-sky-700",
  "bg-rose-100 text-rose-700",
  "bg-violet-100 text-violet-700",
] as const;

export function ProjectAvatar({ project, className }: { project: { id: string; name: string }; className?: string }) {
  const hash = [...project.id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return (
    <span
      aria-hidden
      className={cn(
        "flex size-6 shrink-0 items-center justify-center rounded-md text-12 font-semibold",
        HUES[hash % HUES.length],
        className,
      )}
    >
      {project.name.trim().charAt(0).toUpperCase() || "P"}
    </span>
  );
}
