"use client";

import { SlidersHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import {
  DropdownMenuCheckboxItem,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "@/components/ui/dropdown-menu-options";
import { DENSITIES } from "../lib/table-prefs";
import type { TDensity, TTablePrefs } from "../lib/table-prefs";
import { TRACE_COLUMNS } from "./trace-columns";

const DENSITY_LABELS: Record<TDensity, string> = { compact: "Compact", comfortable: "Comfortable" };

/** Columns a person may hide, with their menu names; time and name always show. */
const HIDEABLE_COLUMNS = TRACE_COLUMNS.filter((column) => column.enableHiding !== false).map((column) => ({
  id: column.id!,
  label: column.meta?.label ?? column.id!,
}));

type TDisplayMenuProps = { prefs: TTablePrefs; onPrefsChange: (edit: (current: TTablePrefs) => TTablePrefs) => void };

/** Row density, column visibility and widths; the choices stay in this browser. */
export function DisplayMenu({ prefs, onPrefsChange }: TDisplayMenuProps) {
  const setDensity = (value: string) => {
    const density = DENSITIES.find((candidate) => candidate === value);
    if (density) onPrefsChange((current) => ({ ...current, density }));
  };
  const setColumnVisible = (id: string, isVisible: boolean) =>
    onPrefsChange((current) => ({ ...current, columnVisibility: { ...current.columnVisibility, [id]: isVisible } }));

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <SlidersHorizontal aria-hidden />
          Display
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel>Row density</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={prefs.density} onValueChange={setDensity}>
          {DENSITIES.map((density) => (
            <DropdownMenuRadioItem key={density} value={density} onSelect={(event) => event.preventDefault()}>
              {DENSITY_LABELS[density]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Columns</DropdownMenuLabel>
        {HIDEABLE_COLUMNS.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={prefs.columnVisibility[column.id] !== false}
            onCheckedChange={(checked) => setColumnVisible(column.id, checked)}
            // Several columns are usually toggled in one go: keep the menu open.
            onSelect={(event) => event.preventDefault()}
          >
            {column.label}
          </DropdownMenuCheckboxItem>
        ))}
        {Object.keys(prefs.columnSizing).length > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onPrefsChange((current) => ({ ...current, columnSizing: {} }))}>
              Reset column widths
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
