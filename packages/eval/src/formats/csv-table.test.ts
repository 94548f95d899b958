import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { encodeCsvTable } from "./csv-format.ts";

describe("encodeCsvTable", () => {
  it("quotes cells with commas, quotes and line breaks, and reads back as the same cells", () => {
    const rows = [
      ["Run", "Model", "F1"],
      ['moa "8, 3"', "MoA-8\nmixture", "0.6258"],
    ];
    const csv = encodeCsvTable(rows);
    expect(csv.split("\r\n")[0]).toBe("Run,Model,F1");
    expect(csv).toContain('"moa ""8, 3"""');
    expect(parse(csv)).toEqual(rows);
  });
});
