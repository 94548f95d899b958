import { clsx } from "clsx";
import type { ClassValue } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

// globals.css adds the font sizes text-12 and text-13; without this, tailwind-merge reads them as
// colours and `cn("text-13", "text-zinc-500")` would drop the size.
const twMerge = extendTailwindMerge({ extend: { theme: { text: ["12", "13"] } } });

/** Joins class names; later Tailwind utilities win over earlier ones (`px-2` then `px-3` → `px-3`). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
