import type { TSpanKindName } from "@spanlight/core";
import { cn } from "@/lib/utils";
import { SPAN_KIND_STYLES } from "../lib/span-kind-styles";

type TSpanKindIconProps = { kind: TSpanKindName; isError?: boolean; size?: "sm" | "md"; className?: string };

/** The kind's icon on its soft colour chip; red when the span failed. */
export function SpanKindIcon({ kind, isError = false, size = "sm", className }: TSpanKindIconProps) {
  const style = SPAN_KIND_STYLES[kind];
  const Icon = style.icon;
  return (
    <span
      title={style.label}
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded ring-1 ring-inset",
        size === "sm" ? "size-[18px] [&_svg]:size-3" : "size-7 rounded-md [&_svg]:size-4",
        isError ? "bg-red-50 text-red-600 ring-red-200" : cn(style.chipClass, style.iconClass),
        className,
      )}
    >
      <Icon aria-hidden />
    </span>
  );
}
