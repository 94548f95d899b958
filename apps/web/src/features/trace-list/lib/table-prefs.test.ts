import { describe, expect, it } from "vitest";
import { DEFAULT_TABLE_PREFS, parseTablePrefs } from "./table-prefs";

describe("table-prefs", () => {
  it("lays stored choices over the defaults", () => {
    const prefs = parseTablePrefs(
      JSON.stringify({ density: "comfortable", columnVisibility: { session: true, tags: false } }),
    );
    expect(prefs.density).toBe("comfortable");
    expect(prefs.columnVisibility).toMatchObject({ session: true, tags: false, scores: false });
  });

  it("falls back to the defaults for anything it cannot read", () => {
    expect(parseTablePrefs(null)).toEqual(DEFAULT_TABLE_PREFS);
    expect(parseTablePrefs("{not json")).toEqual(DEFAULT_TABLE_PREFS);
    expect(parseTablePrefs(JSON.stringify({ density: "huge" })).density).toBe("compact");
  });
});
