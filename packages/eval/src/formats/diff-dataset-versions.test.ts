import { describe, expect, it } from "vitest";
import { diffDatasetVersions } from "./diff-dataset-versions.ts";

describe("diffDatasetVersions", () => {
  it("lists added, removed and changed items with before and after", () => {
    const before = [
      { id: "a", input: { q: 1, tags: ["x"] }, expectedOutput: "1" },
      { id: "b", input: "keep", expectedOutput: null },
      { id: "c", input: "gone", expectedOutput: null },
    ];
    const after = [
      { id: "d", input: "new", expectedOutput: null },
      // Same content, keys in another order: not a change.
      { id: "b", expectedOutput: null, input: "keep" },
      { id: "a", input: { q: 1, tags: ["x", "y"] }, expectedOutput: "1" },
    ];
    expect(diffDatasetVersions({ before, after })).toEqual({
      added: [after[0]],
      removed: [before[2]],
      changed: [{ id: "a", before: before[0], after: after[2] }],
    });
  });

  it("is empty for identical versions and total for disjoint ones", () => {
    const items = [{ id: "a", v: 1 }];
    expect(diffDatasetVersions({ before: items, after: structuredClone(items) })).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
    expect(diffDatasetVersions({ before: items, after: [{ id: "b", v: 1 }] })).toEqual({
      added: [{ id: "b", v: 1 }],
      removed: [{ id: "a", v: 1 }],
      changed: [],
    });
  });
});
