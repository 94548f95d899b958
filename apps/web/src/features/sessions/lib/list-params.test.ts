import { ZSessionListQuery } from "@spanlight/core";
import { describe, expect, it } from "vitest";
import { parseListParams, pickParams, toQueryString } from "./list-params";
import { nextSort } from "./sort";
import { parseTimeRange, windowOf } from "./time-range";

describe("parseListParams", () => {
  it("keeps what parses and drops only the params the schema rejects", () => {
    const { query, droppedKeys } = parseListParams(ZSessionListQuery, {
      sort: "bogus",
      order: "asc",
      search: " chat ",
    });
    expect(droppedKeys).toEqual(["sort"]);
    expect(query).toMatchObject({ sort: "lastTraceAt", order: "asc", search: "chat" });
  });

  it("drops a window whose end comes before its start", () => {
    const { query, droppedKeys } = parseListParams(ZSessionListQuery, {
      from: "2026-01-02T00:00:00Z",
      to: "2026-01-01T00:00:00Z",
    });
    expect(droppedKeys).toEqual(["to"]);
    expect(query.from).toBe("2026-01-02T00:00:00Z");
    expect(query.to).toBeUndefined();
  });
});

describe("pickParams and toQueryString", () => {
  it("takes the first of repeated params, skips blanks and unknown keys", () => {
    expect(pickParams({ search: ["a", "b"], userId: "", other: "x" }, ["search", "userId"])).toEqual({ search: "a" });
    expect(toQueryString({ search: "a b", userId: undefined, limit: 50, cursor: "" })).toBe("search=a+b&limit=50");
  });
});

describe("time ranges and sorting", () => {
  it("falls back to 24 hours and ends the window at now", () => {
    expect(parseTimeRange("90d")).toBe("24h");
    expect(windowOf("7d", Date.parse("2026-01-08T00:00:00Z"))).toEqual({
      from: "2026-01-01T00:00:00.000Z",
      to: "2026-01-08T00:00:00.000Z",
    });
  });

  it("flips the order of the sorted column and sorts a new one descending", () => {
    expect(nextSort({ key: "cost", order: "desc" }, "cost")).toEqual({ key: "cost", order: "asc" });
    expect(nextSort({ key: "cost", order: "asc" }, "tokens")).toEqual({ key: "tokens", order: "desc" });
  });
});
