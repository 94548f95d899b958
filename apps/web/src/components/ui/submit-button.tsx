"use client";

import type { ComponentProps } from "react";
import { useIsHydrated } from "@/hooks/use-is-hydrated";
import { Button } from "./button";

/**
 * A form's submit button, inert until React has hydrated: a click before that would submit the
 * form natively, as a GET carrying its fields (a password among them) in the URL.
 */
export function SubmitButton({ disabled, ...props }: Omit<ComponentProps<typeof Button>, "type" | "asChild">) {
  const isHydrated = useIsHydrated();
  return <Button type="submit" disabled={disabled || !isHydrated} {...props} />;
}
