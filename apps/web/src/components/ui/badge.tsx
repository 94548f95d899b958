import { cva } from "class-variance-authority";
import type { VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-12 font-medium ring-1 ring-inset [&_svg]:size-3",
  {
    variants: {
      tone: {
        neutral: "bg-zinc-50 text-zinc-600 ring-zinc-200",
        brand: "bg-brand-soft text-brand-strong ring-brand/20",
        success: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
        warning: "bg-amber-50 text-amber-700 ring-amber-600/20",
        danger: "bg-red-50 text-red-700 ring-red-600/15",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

type TBadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants> & { hasDot?: boolean };

export function Badge({ className, tone, hasDot = false, children, ...props }: TBadgeProps) {
  return (
    <span className={cn(badgeVariants({ tone }), className)} {...props}>
      {hasDot ? <span aria-hidden className="size-1.5 rounded-full bg-current opacity-80" /> : null}
      {children}
    </span>
  );
}
