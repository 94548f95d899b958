import { describe, expect, it } from "vitest";
import { childPath, findJsonMatches } from "./json-search";

describe("findJsonMatches", () => {
  it("finds keys and values case-insensitively and opens every container above them", () => {
    const value = { messages: [{ role: "user", content: "Hello Paris" }], model: "gpt-4o" };
    const result = findJsonMatches(value, "paris");
    const contentPath = childPath(childPath(childPath("", "messages"), 0), "content");
    expect([...result.matches]).toEqual([contentPath]);
    expect(result.ancestors).toEqual(new Set(["", "messages", childPath("messages", 0)]));
    expect(findJsonMatches(value, "MODEL").matches).toEqual(new Set(["model"]));
    expect(findJsonMatches(value, "  ").matches.size).toBe(0);
  });
});
