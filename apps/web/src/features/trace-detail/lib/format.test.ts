import { describe, expect, it } from "vitest";
import { formatCost, formatCostPrecise, formatDuration } from "./format";

describe("format", () => {
  it("shows sub-cent costs with two significant digits and never in exponent form", () => {
    expect(formatCost(0)).toBe("$0");
    expect(formatCost(0.000016)).toBe("$0.000016");
    expect(formatCost(0.0123)).toBe("$0.012");
    expect(formatCost(0.5)).toBe("$0.50");
    expect(formatCost(12.345)).toBe("$12.35");
    expect(formatCostPrecise(0.0000159)).toBe("$0.0000159");
  });

  it("picks a unit per magnitude", () => {
    expect(formatDuration(0.25)).toBe("250µs");
    expect(formatDuration(5)).toBe("5.0ms");
    expect(formatDuration(386)).toBe("386ms");
    expect(formatDuration(1250)).toBe("1.25s");
    expect(formatDuration(125_000)).toBe("2m 5s");
  });
});
