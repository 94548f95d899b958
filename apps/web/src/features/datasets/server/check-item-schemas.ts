import "server-only";
import { BadRequestError } from "@spanlight/core";
import type { TDataset } from "@spanlight/core";
import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";

const ajv = new Ajv({ allErrors: false, strict: false });

/** Refuses a schema ajv cannot compile, so a dataset never holds a schema that checks nothing. */
export function assertJsonSchema(schema: Record<string, unknown> | undefined, field: string): void {
  if (schema === undefined) return;
  try {
    ajv.compile(schema);
  } catch (error) {
    throw new BadRequestError(`${field} is not a valid JSON Schema: ${(error as Error).message}`);
  }
}

/**
 * A checker for the dataset's input / expected-output schemas (compiled once per request). `where`
 * names the item in the message (an id, or a file's line).
 */
export function itemSchemaChecker(
  dataset: TDataset,
): (item: { input: unknown; expectedOutput: unknown }, where: string) => void {
  const input = dataset.inputSchema ? ajv.compile(dataset.inputSchema) : null;
  const expected = dataset.expectedOutputSchema ? ajv.compile(dataset.expectedOutputSchema) : null;
  return (item, where) => {
    check(input, item.input, `${where}: input`);
    if (item.expectedOutput !== null && item.expectedOutput !== undefined)
      check(expected, item.expectedOutput, `${where}: expectedOutput`);
  };
}

function check(validate: ValidateFunction | null, value: unknown, label: string): void {
  if (!validate || validate(value)) return;
  throw new BadRequestError(`${label} does not match the dataset's schema: ${ajv.errorsText(validate.errors)}`);
}
