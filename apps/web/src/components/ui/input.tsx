import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export const inputClasses = cn(
  "flex h-8 w-full min-w-0 rounded-md border border-zinc-200 bg-white px-2.5 text-13 text-zinc-900 shadow-xs transition-[color,box-shadow,border-color]",
  "placeholder:text-zinc-400 outline-none focus-visible:border-brand focus-visible:ring-3 focus-visible:ring-brand/15",
  "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500",
  "aria-invalid:border-red-400 aria-invalid:focus-visible:ring-red-500/15",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(inputClasses, className)} {...props} />;
}
