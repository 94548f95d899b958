"use client";

import type { TDatasetVersion } from "@spanlight/core";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const LATEST = "latest";

type TVersionPickerProps = {
  versions: TDatasetVersion[];
  /** null: the latest. */
  value: number | null;
  onChange: (version: number | null) => void;
  label?: string;
};

/** "As of version v": the latest, or any earlier version, newest first. */
export function VersionPicker({ versions, value, onChange, label = "As of version" }: TVersionPickerProps) {
  const newestFirst = [...versions].reverse();
  return (
    <Select
      value={value === null ? LATEST : String(value)}
      onValueChange={(next) => onChange(next === LATEST ? null : Number(next))}
    >
      <SelectTrigger aria-label={label} className="h-8 w-auto min-w-40">
        <span className="text-zinc-500">{label}</span>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={LATEST}>latest{versions.length > 0 ? ` (v${versions.at(-1)!.version})` : ""}</SelectItem>
        {newestFirst.map((version) => (
          <SelectItem key={version.version} value={String(version.version)}>
            v{version.version} · {version.reason}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
