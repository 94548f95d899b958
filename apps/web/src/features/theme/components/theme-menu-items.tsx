"use client";

import { Check, Monitor, Moon, Sun } from "lucide-react";
import { useState } from "react";
import { DropdownMenuItem, DropdownMenuLabel } from "@/components/ui/dropdown-menu";
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

  function choose(theme: TTheme) {
    applyTheme(theme);
    setCurrent(theme);
  }

  return (
    <>
      <DropdownMenuLabel className="py-1 text-12 font-normal text-zinc-500">Theme</DropdownMenuLabel>
      {OPTIONS.map(({ theme, label, icon: Icon }) => (
        <DropdownMenuItem
          key={theme}
          role="menuitemradio"
          aria-checked={current === theme}
          onSelect={(event) => {
            event.preventDefault();
            choose(theme);
          }}
        >
          <Icon aria-hidden />
          <span className="flex-1">{label}</span>
          {current === theme ? <Check aria-hidden className="text-brand" /> : null}
        </DropdownMenuItem>
      ))}
    </>
  );
}
