"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useState } from "react";
import { DropdownMenuLabel } from "@/components/ui/dropdown-menu";
import { DropdownMenuRadioGroup, DropdownMenuRadioItem } from "@/components/ui/dropdown-menu-options";
import { applyTheme, parseTheme } from "../lib/theme";
import type { TTheme } from "../lib/theme";

const OPTIONS: ReadonlyArray<{ theme: TTheme; label: string; icon: typeof Sun }> = [
  { theme: "light", label: "Light", icon: Sun },
  { theme: "dark", label: "Dark", icon: Moon },
  { theme: "system", label: "System", icon: Monitor },
];

/** Light, dark or the system's: applied at once on <html> and remembered for a year. */
export function ThemeMenuItems() {
  const [current, setCurrent] = useState<TTheme>(() =>
    typeof document === "undefined" ? "system" : parseTheme(document.documentElement.dataset.theme),
  );

  function choose(value: string) {
    const theme = parseTheme(value);
    applyTheme(theme);
    setCurrent(theme);
  }

  return (
    <>
      <DropdownMenuLabel>Theme</DropdownMenuLabel>
      <DropdownMenuRadioGroup value={current} onValueChange={choose}>
        {OPTIONS.map(({ theme, label, icon: Icon }) => (
          <DropdownMenuRadioItem key={theme} value={theme} onSelect={(event) => event.preventDefault()}>
            <Icon aria-hidden className="size-4 text-zinc-400" />
            {label}
          </DropdownMenuRadioItem>
        ))}
      </DropdownMenuRadioGroup>
    </>
  );
}
