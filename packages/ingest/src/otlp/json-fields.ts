import { OtlpDecodeError } from "./errors.ts";
import { longBitsToBigInt } from "./wire-values.ts";

/**
 * Readers for scalar OTLP/JSON fields. Each takes the raw parsed value and the path used in error
 * messages; null and absent both mean the proto3 default, as proto3 JSON specifies.
 */

export type TJsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SNAKE_CASE_CACHE = new Map<string, string>();

function toSnakeCase(camel: string): string {
  let snake = SNAKE_CASE_CACHE.get(camel);
  if (snake === undefined) {
    snake = camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    SNAKE_CASE_CACHE.set(camel, snake);
  }
  return snake;
}

/**
 * A field by its lowerCamelCase name or, failing that, its snake_case proto name (some SDKs, such as
 * Python's `MessageToJson(preserving_proto_field_name=True)`, emit those). Own properties only, so a
 * key like "constructor" never reads Object.prototype.
 */
export function field(object: TJsonObject, camelName: string): unknown {
  if (Object.hasOwn(object, camelName)) return object[camelName];
  const snakeName = toSnakeCase(camelName);
  return Object.hasOwn(object, snakeName) ? object[snakeName] : undefined;
}

export function fail(path: string, expected: string): never {
  throw new OtlpDecodeError(`${path}: expected ${expected}`);
}

export function readObject(value: unknown, path: string): TJsonObject | null {
  if (value === undefined || value === null) return null;
  return isJsonObject(value) ? value : fail(path, "an object");
}

export function readArray(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(path, "an array");
}

export function readString(value: unknown, path: string): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : fail(path, "a string");
}

const DECIMAL_INTEGER = /^[+-]?\d{1,20}$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

function isLongBits(value: TJsonObject): value is { low: number; high: number; unsigned?: boolean } {
  return Number.isInteger(value["low"]) && Number.isInteger(value["high"]);
}

/**
 * A 64-bit integer sent as a decimal string (the spec), a JSON number (tolerated) or a protobufjs
 * Long shape {low, high, unsigned}. Decimal strings go straight to BigInt so nanoseconds stay exact.
 */
export function readInt64(value: unknown, path: string, isUnsigned = false): bigint {
  if (value === undefined || value === null) return 0n;
  const parsed = parseInteger(value, isUnsigned);
  if (parsed === null) return fail(path, "an integer");
  const [min, max] = isUnsigned ? [0n, UINT64_MAX] : [INT64_MIN, UINT64_MAX >> 1n];
  if (parsed < min || parsed > max) return fail(path, isUnsigned ? "an unsigned 64-bit integer" : "a 64-bit integer");
  return parsed;
}

function parseInteger(value: unknown, isUnsigned: boolean): bigint | null {
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value) : null;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return DECIMAL_INTEGER.test(trimmed) ? BigInt(trimmed) : null;
  }
  if (isJsonObject(value) && isLongBits(value)) {
    return longBitsToBigInt(value, value.unsigned === true || isUnsigned);
  }
  return null;
}

export function readUint32(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  const parsed = parseInteger(value, true);
  if (parsed === null || parsed < 0n || parsed > 0xffffffffn) return fail(path, "an unsigned 32-bit integer");
  return Number(parsed);
}

const NON_FINITE_DOUBLES: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/** A double: a JSON number, or one of the proto3 JSON strings "NaN", "Infinity", "-Infinity", or a numeric string. */
export function readDouble(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const special = Object.hasOwn(NON_FINITE_DOUBLES, value) ? NON_FINITE_DOUBLES[value] : undefined;
    if (special !== undefined) return special;
    const parsed = value.trim() === "" ? NaN : Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return fail(path, "a number");
}

export function readBoolean(value: unknown, path: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return fail(path, "a boolean");
}

/**
 * An enum given as its number, its full proto name ("SPAN_KIND_CLIENT") or the name without prefix.
 * Unknown numbers are kept (proto3 enums are open); unknown names are an error.
 */
export function readEnum(value: unknown, path: string, config: { prefix: string; names: readonly string[] }): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === "string") {
    const upper = value.trim().toUpperCase();
    if (/^\d{1,9}$/.test(upper)) return Number(upper);
    const index = config.names.indexOf(upper.startsWith(config.prefix) ? upper.slice(config.prefix.length) : upper);
    if (index >= 0) return index;
  }
  return fail(path, `an enum number or name (${config.prefix}${config.names.join(`, ${config.prefix}`)})`);
}

export const SPAN_KIND_ENUM = {
  prefix: "SPAN_KIND_",
  names: ["UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"],
} as const;

export const STATUS_CODE_ENUM = { prefix: "STATUS_CODE_", names: ["UNSET", "OK", "ERROR"] } as const;
