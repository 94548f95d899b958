import { CircleExclamationPoint, Info } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

type TAlertProps = { tone?: "danger" | "info"; children: ReactNode; className?: string };

/** An inline message under a form or above a table; `role="alert"` so screen readers announce it. */
export function Alert({ tone = "danger", children, className }: TAlertProps) {
  const Icon = tone === "danger" ? CircleExclamationPoint : Info;
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2 rounded-md border px-3 py-2 text-13",
        tone === "danger" ? "border-red-200 bg-red-50 text-red-700" : "border-zinc-200 bg-zinc-50 text-zinc-600",
        className,
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      {/* A long URL or variable in a message wraps instead of running out of the box. */}
      <div className="min-w-0 [overflow-wrap:anywhere]">{children}</div>
    </div>
  );
}
