import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

type TEmptyStateProps = {
  icon: LucideIcon;
  title: string;
  description: ReactNode;
  /** Buttons or links under the description. */
  actions?: ReactNode;
  className?: string;
};

export function EmptyState({ icon: Icon, title, description, actions, className }: TEmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center px-6 py-12 text-center", className)}>
      <div className="relative mb-4">
        <div aria-hidden className="absolute -inset-3 rounded-2xl bg-gradient-to-b from-brand-soft to-transparent" />
        <div className="relative flex size-11 items-center justify-center rounded-xl border border-zinc-200 bg-white shadow-sm">
          <Icon className="size-5 text-brand" aria-hidden />
        </div>
      </div>
      <h2 className="text-[15px] font-semibold text-zinc-900">{title}</h2>
      <div className="mt-1.5 max-w-md text-13 text-pretty text-zinc-500">{description}</div>
      {actions ? <div className="mt-5 flex flex-wrap items-center justify-center gap-2">{actions}</div> : null}
    </div>
  );
}
