import { describe, expect, it } from "vitest";
import { sideBySide } from "./side-by-side";

describe("sideBySide", () => {
  it("keeps unchanged lines level and marks what changed on each side", () => {
    const { left, right } = sideBySide("a\nb\nc\n", "a\nB\nnew\nc\n");
    expect(left).toEqual([
      { text: "a", kind: "same" },
      { text: "b", kind: "removed" },
      { text: "", kind: "blank" },
      { text: "c", kind: "same" },
    ]);
    expect(right).toEqual([
      { text: "a", kind: "same" },
      { text: "B", kind: "added" },
      { text: "new", kind: "added" },
      { text: "c", kind: "same" },
    ]);
  });

  it("shows identical texts as all-same rows", () => {
    const { left, right } = sideBySide("x", "x");
    expect(left).toEqual([{ text: "x", kind: "same" }]);
    expect(right).toEqual(left);
  });
});
