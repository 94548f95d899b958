import { OtlpDecodeError } from "./errors.ts";
import {
  fail,
  field,
  isJsonObject,
  readArray,
  readBoolean,
  readDouble,
  readInt64,
  readString,
} from "./json-fields.ts";
import type { TJsonObject } from "./json-fields.ts";
import type { TAttributes, TAttributeValue } from "./types.ts";
import { MAX_ANY_VALUE_DEPTH, bytesToBase64, bytesToHex, int64ToAttributeValue, setOwn } from "./wire-values.ts";

/** Ids, bytes, AnyValue and attribute lists of OTLP/JSON, with the quirks real senders produce. */

const HEX = /^[0-9a-fA-F]*$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Base64 lengths of a 16- and an 8-byte id, padded and unpadded. */
const BASE64_ID_LENGTHS: Record<number, readonly number[]> = { 16: [24, 22], 8: [12, 11] };

/**
 * A trace or span id. Spec JSON sends hex (any case); Swift, Java JsonFormat and Dart exporters send
 * base64, told apart by length; protobufjs artefacts send {type: "Buffer", data}. An id that is none
 * of these is kept as it came (hex lower-cased), so validation rejects that one span, not the batch.
 */
export function readId(value: unknown, byteLength: number, path: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return idFromString(value, byteLength);
  const bytes = readBufferShape(value, path);
  return bytes === null ? fail(path, "a hex or base64 id string") : bytesToHex(bytes);
}

function idFromString(text: string, byteLength: number): string {
  if (text.length === byteLength * 2 && HEX.test(text)) return text.toLowerCase();
  if (BASE64_ID_LENGTHS[byteLength]?.includes(text.length) && BASE64.test(text)) {
    const bytes = Buffer.from(text, "base64");
    if (bytes.length === byteLength) return bytes.toString("hex");
  }
  return HEX.test(text) ? text.toLowerCase() : text;
}

/** Node's Buffer.toJSON() shape; null when the value is not one. */
function readBufferShape(value: unknown, path: string): Uint8Array | null {
  if (!isJsonObject(value) || value["type"] !== "Buffer" || !Array.isArray(value["data"])) return null;
  const data: unknown[] = value["data"];
  const isByteArray = data.every((byte) => Number.isInteger(byte) && (byte as number) >= 0 && (byte as number) <= 255);
  return isByteArray ? Uint8Array.from(data as number[]) : fail(`${path}.data`, "an array of bytes");
}

function readBytesValue(value: unknown, path: string): string {
  if (typeof value === "string") return value;
  const bytes = readBufferShape(value, path);
  return bytes === null ? fail(path, "a base64 string") : bytesToBase64(bytes);
}

const ANY_VALUE_FIELDS = [
  "stringValue",
  "boolValue",
  "intValue",
  "doubleValue",
  "arrayValue",
  "kvlistValue",
  "bytesValue",
] as const;
const ANY_VALUE_KEYS = new Set<string>([
  ...ANY_VALUE_FIELDS,
  ...ANY_VALUE_FIELDS.map((name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)),
]);

function checkDepth(path: string, depth: number): void {
  if (depth >= MAX_ANY_VALUE_DEPTH) {
    throw new OtlpDecodeError(`${path}: value nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  }
}

/** An OTLP AnyValue object. No recognised field (`{}`) is the empty value: null. */
export function readAnyValue(value: unknown, path: string, depth: number): TAttributeValue {
  if (value === undefined || value === null) return null;
  if (!isJsonObject(value)) return fail(path, "an AnyValue object");
  checkDepth(path, depth);
  for (const name of ANY_VALUE_FIELDS) {
    const raw = field(value, name);
    if (raw !== undefined && raw !== null) return readAnyValueField(name, raw, `${path}.${name}`, depth);
  }
  return null;
}

function readAnyValueField(
  name: (typeof ANY_VALUE_FIELDS)[number],
  raw: unknown,
  path: string,
  depth: number,
): TAttributeValue {
  switch (name) {
    case "stringValue":
      return readString(raw, path);
    case "boolValue":
      return readBoolean(raw, path);
    case "intValue":
      return int64ToAttributeValue(readInt64(raw, path));
    case "doubleValue":
      return readDouble(raw, path);
    case "bytesValue":
      return readBytesValue(raw, path);
    case "arrayValue": {
      // Spec: {values: [...]}; a bare array is tolerated.
      const values = Array.isArray(raw) ? raw : field(readContainer(raw, path), "values");
      return readArray(values, `${path}.values`).map((item, index) =>
        readAnyValue(item, `${path}.values[${index}]`, depth + 1),
      );
    }
    case "kvlistValue": {
      const values = Array.isArray(raw) ? raw : field(readContainer(raw, path), "values");
      return readKeyValueList(values, `${path}.values`, depth + 1);
    }
    default:
      return assertNever(name);
  }
}

function readContainer(raw: unknown, path: string): TJsonObject {
  return isJsonObject(raw) ? raw : fail(path, "an object with values");
}

function assertNever(value: never): never {
  throw new OtlpDecodeError(`unhandled AnyValue field ${String(value)}`);
}

/** Attributes as the spec's KeyValue list, or (tolerated) as a plain object of values. */
export function readAttributes(value: unknown, path: string): TAttributes {
  if (isJsonObject(value)) return readPlainObject(value, path, 0);
  return readKeyValueList(value, path, 0);
}

function readKeyValueList(value: unknown, path: string, depth: number): TAttributes {
  const attributes: TAttributes = {};
  readArray(value, path).forEach((entry, index) => {
    const entryPath = `${path}[${index}]`;
    if (!isJsonObject(entry)) return fail(entryPath, "a {key, value} object");
    const key = readString(field(entry, "key"), `${entryPath}.key`);
    setOwn(attributes, key, readLooseValue(field(entry, "value"), `${entryPath}.value`, depth));
  });
  return attributes;
}

function isAnyValueShaped(value: TJsonObject): boolean {
  return Object.keys(value).every((key) => ANY_VALUE_KEYS.has(key));
}

/**
 * A value whose form is not known in advance (plain-object attributes, or a KeyValue whose value is
 * not an AnyValue): AnyValue objects, Long and Buffer shapes are recognised, anything else is taken
 * as the plain JSON value it is.
 */
function readLooseValue(value: unknown, path: string, depth: number): TAttributeValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  checkDepth(path, depth);
  if (Array.isArray(value)) {
    return value.map((item, index) => readLooseValue(item, `${path}[${index}]`, depth + 1));
  }
  if (!isJsonObject(value)) return fail(path, "a JSON value");
  if (isAnyValueShaped(value)) return readAnyValue(value, path, depth);
  if (Number.isInteger(value["low"]) && Number.isInteger(value["high"])) {
    return int64ToAttributeValue(readInt64(value, path));
  }
  const bytes = readBufferShape(value, path);
  if (bytes !== null) return bytesToBase64(bytes);
  return readPlainObject(value, path, depth + 1);
}

function readPlainObject(value: TJsonObject, path: string, depth: number): TAttributes {
  const attributes: TAttributes = {};
  for (const [key, item] of Object.entries(value)) {
    setOwn(attributes, key, readLooseValue(item, `${path}.${key}`, depth));
  }
  return attributes;
}
