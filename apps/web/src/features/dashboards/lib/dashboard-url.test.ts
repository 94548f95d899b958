import { describe, expect, it } from "vitest";
import { dashboardFilters, dashboardWindow, traceListHref } from "./dashboard-url";

const NOW = Date.parse("2026-03-02T12:00:00.000Z");

describe("the dashboard URL", () => {
  it("reads a preset or a custom window and only the global filters", () => {
    const params = new URLSearchParams("range=1h&environment=prod&tags=a,b&sort=cost&status=error");
    expect(dashboardWindow(params, NOW)).toEqual({ from: "2026-03-02T11:00:00.000Z", to: "2026-03-02T12:00:00.000Z" });
    expect(dashboardFilters(params)).toEqual({ environment: "prod", tags: "a,b" });
    const custom = new URLSearchParams("from=2026-03-01T00:00:00.000Z");
    expect(dashboardWindow(custom, NOW)).toEqual({ from: "2026-03-01T00:00:00.000Z", to: "2026-03-02T12:00:00.000Z" });
  });

  it("links a point to the trace list with the same filters and the point's window", () => {
    const href = traceListHref({
      projectId: "p1",
      filters: { environment: "prod", model: "gpt-4o" },
      window: { from: "2026-03-02T10:00:00.000Z", to: "2026-03-02T11:00:00.000Z" },
    });
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/project/p1/traces");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: "2026-03-02T10:00:00.000Z",
      to: "2026-03-02T11:00:00.000Z",
      environment: "prod",
      model: "gpt-4o",
    });
  });
});
