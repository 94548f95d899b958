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
  /** The label inside the trigger ("As of version latest"); off where a form label names it already. */
  hasInlineLabel?: boolean;
  id?: string;
};

/** "As of version v": the latest, or any earlier version, newest first. */
export function VersionPicker(props: TVersionPickerProps) {
  const { versions, value, onChange, label = "As of version", hasInlineLabel = true, id } = props;
  const newestFirst = [...versions].reverse();
  return (
    <Select
      value={value === null ? LATEST : String(value)}
      onValueChange={(next) => onChange(next === LATEST ? null : Number(next))}
    >
      <SelectTrigger id={id} aria-label={label} className={hasInlineLabel ? "h-8 w-auto min-w-40" : undefined}>
        {hasInlineLabel ? <span className="text-zinc-500">{label}</span> : null}
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
