import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { inputClasses } from "./input";

/** A multi-line input with the text field's look; grows with `rows`, resizes vertically. */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(inputClasses, "h-auto resize-y py-1.5 leading-5", className)} {...props} />;
}
