import {
  DatasetEncodeError,
  DatasetFileError,
  DEFAULT_DSPY_INPUT_KEY,
  DEFAULT_DSPY_OUTPUT_KEY,
  isPlainObject,
  type TDatasetRecord,
  type TDspyKeyOptions,
} from "./dataset-record.ts";

/**
 * One item as a flat object for `dspy.Example(**row).with_inputs(*keys)`: an object input's keys as
 * they are (any other input under `inputKey`), then the expected output's keys when it is an object
 * (any other value under `outputKey`; none when there is no expected output). A key that both sides
 * would use cannot be represented and is refused rather than silently overwritten.
 */
export function encodeDspyLine(record: TDatasetRecord, options: TDspyKeyOptions = {}): string {
  const inputFields = dspyInputFields(record.input, options);
  const outputFields = dspyOutputFields(record.expectedOutput, options);
  const clash = Object.keys(outputFields).find((key) => Object.hasOwn(inputFields, key));
  if (clash !== undefined) {
    throw new DatasetEncodeError(
      `Item ${record.id ?? "(new)"}: key "${clash}" is in both the input and the expected output`,
    );
  }
  return `${JSON.stringify({ ...inputFields, ...outputFields })}\n`;
}

/** The keys to pass to `with_inputs(...)` for this item. */
export function dspyInputKeys(input: unknown, options: TDspyKeyOptions = {}): string[] {
  return Object.keys(dspyInputFields(input, options));
}

function dspyInputFields(input: unknown, options: TDspyKeyOptions): Record<string, unknown> {
  return isPlainObject(input) ? { ...input } : { [options.inputKey ?? DEFAULT_DSPY_INPUT_KEY]: input };
}

function dspyOutputFields(expectedOutput: unknown, options: TDspyKeyOptions): Record<string, unknown> {
  if (expectedOutput === null || expectedOutput === undefined) return {};
  return isPlainObject(expectedOutput)
    ? { ...expectedOutput }
    : { [options.outputKey ?? DEFAULT_DSPY_OUTPUT_KEY]: expectedOutput };
}

export type TDspyDecodeOptions = TDspyKeyOptions & {
  /** The keys `with_inputs` named; everything else is the expected output. Default: `[inputKey]`. */
  inputKeys?: readonly string[];
};

/**
 * Reads a row back: the input keys make the input (just the value when they are `[inputKey]`), the
 * remaining keys the expected output (just the value when they are `[outputKey]`, null when none).
 * So an object input `{input: …}` or expected output `{output: …}` reads back unwrapped: the flat
 * row cannot tell them from plain values.
 */
export function decodeDspyLine(value: unknown, line: number, options: TDspyDecodeOptions = {}): TDatasetRecord {
  if (!isPlainObject(value)) throw new DatasetFileError({ line, message: "expected a JSON object" });
  const inputKey = options.inputKey ?? DEFAULT_DSPY_INPUT_KEY;
  const outputKey = options.outputKey ?? DEFAULT_DSPY_OUTPUT_KEY;
  const inputKeys = options.inputKeys ?? [inputKey];
  const missing = inputKeys.find((key) => !Object.hasOwn(value, key));
  if (missing !== undefined) throw new DatasetFileError({ line, message: `input key "${missing}" is missing` });

  const isSingleInput = inputKeys.length === 1 && inputKeys[0] === inputKey;
  const input = isSingleInput ? value[inputKey] : Object.fromEntries(inputKeys.map((key) => [key, value[key]]));
  const outputEntries = Object.entries(value).filter(([key]) => !inputKeys.includes(key));
  const isSingleOutput = outputEntries.length === 1 && outputEntries[0]![0] === outputKey;
  const expectedOutput =
    outputEntries.length === 0 ? null : isSingleOutput ? outputEntries[0]![1] : Object.fromEntries(outputEntries);
  return { id: null, input, expectedOutput, metadata: null, sourceTraceId: null, sourceSpanId: null };
}
