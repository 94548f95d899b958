import { diffLines } from "diff";

export type TDiffLine = { text: string; kind: "same" | "removed" | "added" | "blank" };

/**
 * A line diff laid out in two columns: the before lines (removed ones marked) on the left, the after
 * lines (added ones marked) on the right, padded with blanks so unchanged lines stay side by side.
 */
export function sideBySide(before: string, after: string): { left: TDiffLine[]; right: TDiffLine[] } {
  const left: TDiffLine[] = [];
  const right: TDiffLine[] = [];
  for (const change of diffLines(before, after)) {
    const lines = splitLines(change.value);
    if (change.removed) left.push(...lines.map((text) => ({ text, kind: "removed" as const })));
    else if (change.added) right.push(...lines.map((text) => ({ text, kind: "added" as const })));
    else {
      pad(left, right);
      left.push(...lines.map((text) => ({ text, kind: "same" as const })));
      right.push(...lines.map((text) => ({ text, kind: "same" as const })));
    }
  }
  pad(left, right);
  return { left, right };
}

function splitLines(text: string): string[] {
  return (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
}

function pad(left: TDiffLine[], right: TDiffLine[]) {
  while (left.length < right.length) left.push({ text: "", kind: "blank" });
  while (right.length < left.length) right.push({ text: "", kind: "blank" });
}
