import type { TAttributeValue, TOtlpStatusCode } from "./types.ts";

/**
 * Conversions shared by the protobuf and JSON decoders, so both produce byte-for-byte the same
 * decoded request for the same spans.
 */

/** AnyValue nesting deeper than this is rejected: real instrumentation nests a few levels, and a cap keeps recursion bounded. */
export const MAX_ANY_VALUE_DEPTH = 64;

export const TRACE_ID_BYTES = 16;
export const SPAN_ID_BYTES = 8;

export type TLongBits = { low: number; high: number; unsigned?: boolean };

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Long (long.js) or its plain {low, high, unsigned} shape → exact bigint. */
export function longBitsToBigInt(bits: TLongBits, isUnsigned: boolean): bigint {
  const raw = (BigInt(bits.high >>> 0) << 32n) | BigInt(bits.low >>> 0);
  return isUnsigned ? BigInt.asUintN(64, raw) : BigInt.asIntN(64, raw);
}

/** An int64 attribute becomes a JS number only when that is exact; otherwise its decimal string. */
export function int64ToAttributeValue(value: bigint): TAttributeValue {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
}

const ALL_ZERO = /^0*$/;

/** Empty and all-zero parent ids both mean "no parent" (an invalid span id in W3C terms): a root span. */
export function parentIdOrNull(hexOrRaw: string): string | null {
  return ALL_ZERO.test(hexOrRaw) ? null : hexOrRaw;
}

/** Only 0, 1 and 2 are defined; an unknown future code is read as UNSET rather than costing the batch. */
export function toStatusCode(code: number): TOtlpStatusCode {
  return code === 1 || code === 2 ? code : 0;
}

/**
 * Sets an own property even for the key "__proto__", which plain assignment would turn into a
 * prototype change (dropping the attribute) on an object built from untrusted keys.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  target[key] = value;
}
