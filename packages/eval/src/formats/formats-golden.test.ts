import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASET_FORMATS, type TDatasetFormat, type TDatasetRecord } from "./dataset-record.ts";
import { decodeDataset, type TDecodeDatasetOptions } from "./decode-dataset.ts";
import { datasetFileType, encodeDataset } from "./encode-dataset.ts";
import { GOLDEN_ITEMS } from "./golden/golden-items.ts";

function golden(format: TDatasetFormat): string {
  return readFileSync(new URL(`golden/golden.${datasetFileType(format).extension}`, import.meta.url), "utf8");
}

async function encodeAll(items: TDatasetRecord[], format: TDatasetFormat): Promise<string> {
  let text = "";
  for await (const chunk of encodeDataset(items, { format })) text += chunk;
  return text;
}

async function decodeAll(text: string, options: TDecodeDatasetOptions): Promise<TDatasetRecord[]> {
  const items: TDatasetRecord[] = [];
  // Seven-byte chunks: records, lines and multi-byte characters all straddle chunk boundaries.
  const bytes = new TextEncoder().encode(text);
  async function* chunks() {
    for (let offset = 0; offset < bytes.length; offset += 7) yield bytes.subarray(offset, offset + 7);
  }
  for await (const item of decodeDataset(chunks(), options)) items.push(item);
  return items;
}

const lineageless = (item: TDatasetRecord) => ({
  ...item,
  id: null,
  metadata: null,
  sourceTraceId: null,
  sourceSpanId: null,
});

describe("export encoders match the golden files", () => {
  it.each(DATASET_FORMATS)("%s", async (format) => {
    expect(await encodeAll(GOLDEN_ITEMS, format)).toBe(golden(format));
  });

  it("csv is RFC 4180: CRLF records, quoted cells, doubled quotes", () => {
    const csv = golden("csv");
    expect(csv.startsWith("id,input,expectedOutput,metadata,sourceTraceId,sourceSpanId\r\n")).toBe(true);
    expect(csv).toContain('json-looking-4,"""42""","""true""",');
    expect(csv).toContain('text-2,"Line one, with a comma\nline two; «quotes» and 漢字 — done",ok,,,\r\n');
  });
});

describe("every format round-trips", () => {
  it("jsonl gives back every field", async () => {
    expect(await decodeAll(golden("jsonl"), { format: "jsonl" })).toEqual(GOLDEN_ITEMS);
  });

  it("csv gives back every field", async () => {
    expect(await decodeAll(golden("csv"), { format: "csv" })).toEqual(GOLDEN_ITEMS);
  });

  it("openai gives back input and expected output (the format has no id, metadata or lineage)", async () => {
    expect(await decodeAll(golden("openai"), { format: "openai" })).toEqual(GOLDEN_ITEMS.map(lineageless));
  });

  it("dspy gives back input and expected output, given the keys with_inputs names", async () => {
    const lines = golden("dspy").split("\n");
    const objectLine = lines.splice(2, 1).join("\n");
    const objectItem = GOLDEN_ITEMS[2]!;
    const others = GOLDEN_ITEMS.filter((item) => item.id !== objectItem.id);
    expect(await decodeAll(lines.join("\n"), { format: "dspy" })).toEqual(others.map(lineageless));
    expect(await decodeAll(objectLine, { format: "dspy", inputKeys: ["question", "context"] })).toEqual([
      lineageless(objectItem),
    ]);
  });

  it("exports of the decoded items are byte-identical to the originals", async () => {
    for (const format of ["jsonl", "csv"] as const) {
      expect(await encodeAll(await decodeAll(golden(format), { format }), format)).toBe(golden(format));
    }
  });
});
