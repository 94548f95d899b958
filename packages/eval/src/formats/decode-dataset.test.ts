import { describe, expect, it } from "vitest";
import { DatasetEncodeError, DatasetFileError, type TDatasetRecord } from "./dataset-record.ts";
import { decodeDataset, type TDecodeDatasetOptions } from "./decode-dataset.ts";
import { encodeDspyLine } from "./dspy-format.ts";
import { encodeDataset } from "./encode-dataset.ts";
import { encodeJsonCell } from "./csv-format.ts";
import { readLines } from "./read-lines.ts";

async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function decodeAll(text: string, options: TDecodeDatasetOptions): Promise<TDatasetRecord[]> {
  const items: TDatasetRecord[] = [];
  for await (const item of decodeDataset(once(text), options)) items.push(item);
  return items;
}

async function failure(text: string, options: TDecodeDatasetOptions): Promise<DatasetFileError> {
  try {
    await decodeAll(text, options);
  } catch (error) {
    if (error instanceof DatasetFileError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

const record = (fields: Partial<TDatasetRecord>): TDatasetRecord => ({
  id: null,
  input: null,
  expectedOutput: null,
  metadata: null,
  sourceTraceId: null,
  sourceSpanId: null,
  ...fields,
});

describe("jsonl decoding", () => {
  it("fills left-out fields with null, skips blank lines, accepts CRLF and a BOM", async () => {
    const text = '\uFEFF{"input":"a"}\r\n\r\n{"id":"x","input":{"q":1},"expectedOutput":[1,2]}\n';
    expect(await decodeAll(text, { format: "jsonl" })).toEqual([
      record({ input: "a" }),
      record({ id: "x", input: { q: 1 }, expectedOutput: [1, 2] }),
    ]);
  });

  it("names the first bad line: invalid JSON", async () => {
    const error = await failure('{"input":"a"}\n\n{"input": oops}\n{"input":', { format: "jsonl" });
    expect(error.line).toBe(3);
    expect(error).toMatchObject({ status: 400, code: "invalid_file" });
    expect(error.message).toMatch(/^Line 3: not valid JSON/);
  });

  it("names the first bad line: missing input, unknown key, wrong type", async () => {
    expect((await failure('{"input":"a"}\n{"expectedOutput":"b"}', { format: "jsonl" })).message).toMatch(
      /^Line 2: input/,
    );
    expect((await failure('{"input":"a","expected_output":"b"}', { format: "jsonl" })).message).toMatch(
      /^Line 1: .*expected_output/,
    );
    expect((await failure('{"input":"a","id":7}', { format: "jsonl" })).message).toMatch(/^Line 1: id/);
  });

  it("refuses a line longer than the limit instead of holding it", async () => {
    const error = await failure(`{"input":"a"}\n{"input":"${"x".repeat(100)}"}\n`, {
      format: "jsonl",
      maxLineLength: 50,
    });
    expect(error.line).toBe(2);
  });

  it("refuses bytes that are not UTF-8", async () => {
    async function* bytes() {
      yield new TextEncoder().encode('{"input":"a"}\n');
      yield new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    }
    await expect(async () => {
      for await (const _ of decodeDataset(bytes(), { format: "jsonl" })) void _;
    }).rejects.toThrow(/UTF-8/);
  });
});

describe("csv decoding", () => {
  it("reads cells that parse as JSON as JSON, other cells as text, empty cells as null", async () => {
    const text = 'input,expectedOutput,metadata,id\nhello,42,"{""k"":[1]}",\n"""42""","[a,b]",,item-2\n';
    expect(await decodeAll(text, { format: "csv" })).toEqual([
      record({ input: "hello", expectedOutput: 42, metadata: { k: [1] } }),
      record({ id: "item-2", input: "42", expectedOutput: "[a,b]" }),
    ]);
  });

  it("refuses an unknown column, a missing input column or a repeated one on line 1", async () => {
    expect((await failure("input,answer\na,b\n", { format: "csv" })).message).toBe(
      'Line 1: unknown column "answer" (columns: id, input, expectedOutput, metadata, sourceTraceId, sourceSpanId)',
    );
    expect((await failure("id,metadata\na,b\n", { format: "csv" })).line).toBe(1);
    expect((await failure("input,input\na,b\n", { format: "csv" })).line).toBe(1);
  });

  it("names the line a bad record starts on, even after quoted multi-line cells", async () => {
    const text = 'id,input\na,"one\ntwo\nthree"\n\nb,ok\nc,\n';
    const error = await failure(text, { format: "csv" });
    // Record c (line 7) has an empty input cell, which is null: input is required.
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/^Line 7: input/);
  });

  it("names the line of a malformed quote and of a wrong cell count", async () => {
    expect((await failure('id,input\na,"fine"\nb,"broken"x\n', { format: "csv" })).line).toBe(3);
    const short = await failure("id,input\na,b\nc\n", { format: "csv" });
    expect(short.line).toBe(3);
    expect(short.message).not.toMatch(/line \d/);
  });
});

describe("openai and dspy decoding", () => {
  it("openai: a final assistant turn is the expected output; a line without one has none", async () => {
    const text = [
      '{"messages":[{"role":"system","content":"s"},{"role":"user","content":"u"},{"role":"assistant","content":"a"}]}',
      '{"messages":[{"role":"user","content":"only a question"}]}',
    ].join("\n");
    expect(await decodeAll(text, { format: "openai" })).toEqual([
      record({
        input: [
          { role: "system", content: "s" },
          { role: "user", content: "u" },
        ],
        expectedOutput: "a",
      }),
      record({ input: "only a question" }),
    ]);
  });

  it("openai: refuses a line that is not a chat", async () => {
    expect(
      (await failure('{"messages":[{"role":"user","content":"a"}]}\n{"prompt":"x"}', { format: "openai" })).line,
    ).toBe(2);
    expect((await failure('{"messages":[{"role":"narrator","content":"a"}]}', { format: "openai" })).line).toBe(1);
  });

  it("dspy: custom keys and missing input keys", async () => {
    expect(
      await decodeAll('{"question":"q","answer":"a"}', { format: "dspy", inputKey: "question", outputKey: "answer" }),
    ).toEqual([record({ input: "q", expectedOutput: "a" })]);
    expect((await failure('{"question":"q"}', { format: "dspy" })).message).toBe(
      'Line 1: input key "input" is missing',
    );
  });
});

describe("encoders", () => {
  it("csv cells: non-strings as JSON, strings as text unless they would read back as JSON", () => {
    expect(encodeJsonCell("plain text")).toBe("plain text");
    expect(encodeJsonCell("")).toBe('""');
    expect(encodeJsonCell("null")).toBe('"null"');
    expect(encodeJsonCell(" 7 ")).toBe('" 7 "');
    expect(encodeJsonCell(7)).toBe("7");
    expect(encodeJsonCell(false)).toBe("false");
    expect(encodeJsonCell(null)).toBe("");
    expect(encodeJsonCell({ a: "b" })).toBe('{"a":"b"}');
  });

  it("dspy: the user's keys, object outputs spread, and a clash refused", () => {
    const item = record({ id: "i", input: "What?", expectedOutput: "That." });
    expect(encodeDspyLine(item, { inputKey: "question", outputKey: "answer" })).toBe(
      '{"question":"What?","answer":"That."}\n',
    );
    expect(encodeDspyLine(record({ input: { q: 1 }, expectedOutput: { a: 2, b: 3 } }))).toBe('{"q":1,"a":2,"b":3}\n');
    expect(() => encodeDspyLine(record({ id: "i", input: { answer: 1 }, expectedOutput: { answer: 2 } }))).toThrow(
      DatasetEncodeError,
    );
  });

  it("openai: a non-chat object input becomes one user turn of JSON text", async () => {
    let text = "";
    for await (const chunk of encodeDataset([record({ input: { q: "x" }, expectedOutput: 3 })], { format: "openai" }))
      text += chunk;
    expect(JSON.parse(text)).toEqual({
      messages: [
        { role: "user", content: '{"q":"x"}' },
        { role: "assistant", content: "3" },
      ],
    });
  });
});

describe("streaming", () => {
  // A source that counts how far it has been read: the decoder must yield the first items long
  // before the last chunk is pulled, i.e. it never holds the file.
  function countingSource(lines: string[]) {
    const state = { pulled: 0 };
    async function* source() {
      for (const line of lines) {
        state.pulled += 1;
        yield new TextEncoder().encode(line);
      }
    }
    return { state, source: source() };
  }

  it.each(["jsonl", "csv"] as const)(
    "%s yields items while the file is still being read",
    async (format) => {
      const items = Array.from({ length: 5_000 }, (_, index) => record({ id: `i${index}`, input: `text ${index}` }));
      const lines: string[] = [];
      for await (const chunk of encodeDataset(items, { format })) lines.push(chunk);
      const { state, source } = countingSource(lines);
      let pulledAtFirstItem = -1;
      let count = 0;
      for await (const item of decodeDataset(source, { format })) {
        if (count === 0) pulledAtFirstItem = state.pulled;
        expect(item.id).toBe(`i${count}`);
        count += 1;
      }
      expect(count).toBe(5_000);
      expect(pulledAtFirstItem).toBeGreaterThan(0);
      expect(pulledAtFirstItem).toBeLessThan(lines.length / 4);
    },
    30_000,
  );

  it("the encoder pulls one item per chunk it yields", async () => {
    let pulled = 0;
    function* items() {
      for (let index = 0; index < 1000; index += 1) {
        pulled += 1;
        yield record({ id: String(index), input: index });
      }
    }
    const encoder = encodeDataset(items(), { format: "jsonl" });
    await encoder.next();
    await encoder.next();
    expect(pulled).toBe(2);
  });

  it("readLines numbers lines, keeps a last line without newline and splits characters across chunks whole", async () => {
    const bytes = new TextEncoder().encode("a\r\nß漢\n\nlast");
    async function* byteByByte() {
      for (const byte of bytes) yield new Uint8Array([byte]);
    }
    const lines: Array<{ line: number; text: string }> = [];
    for await (const line of readLines(byteByByte())) lines.push(line);
    expect(lines).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "ß漢" },
      { line: 3, text: "" },
      { line: 4, text: "last" },
    ]);
  });

  it("stops reading the source when the caller stops early", async () => {
    const { state, source } = countingSource(Array.from({ length: 1000 }, (_, index) => `{"input":${index}}\n`));
    for await (const item of decodeDataset(source, { format: "jsonl" })) if (item.input === 2) break;
    expect(state.pulled).toBe(3);
  });
});
