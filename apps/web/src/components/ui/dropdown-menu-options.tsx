"use client";

import * as DropdownMenuPrimitive from "@radix-ui/react-dropdown-menu";
import { Check } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// Menu items that hold a choice (a checkbox each, or one of a radio group), for settings menus that
// stay open while several things are toggled. Same look as DropdownMenuItem, with a check mark.

export const DropdownMenuRadioGroup = DropdownMenuPrimitive.RadioGroup;

const optionItemClasses = cn(
  "relative flex h-8 cursor-pointer items-center gap-2 rounded-md pr-2 pl-7 outline-none select-none",
  "data-[disabled]:pointer-events-none data-[disabled]:opacity-50 data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-950",
  "[&_svg]:size-4 [&_svg]:shrink-0",
);

function OptionIndicator() {
  return (
    <span className="absolute left-2 flex size-3.5 items-center justify-center">
      <DropdownMenuPrimitive.ItemIndicator>
        <Check className="size-3.5! text-brand" aria-hidden />
      </DropdownMenuPrimitive.ItemIndicator>
    </span>
  );
}

export function DropdownMenuCheckboxItem({
  className,
  children,
  ...props
}: ComponentProps<typeof DropdownMenuPrimitive.CheckboxItem>) {
  return (
    <DropdownMenuPrimitive.CheckboxItem className={cn(optionItemClasses, className)} {...props}>
      <OptionIndicator />
      {children}
    </DropdownMenuPrimitive.CheckboxItem>
  );
}

export function DropdownMenuRadioItem({
  className,
  children,
  ...props
}: ComponentProps<typeof DropdownMenuPrimitive.RadioItem>) {
  return (
    <DropdownMenuPrimitive.RadioItem className={cn(optionItemClasses, className)} {...props}>
      <OptionIndicator />
      {children}
    </DropdownMenuPrimitive.RadioItem>
  );
}
