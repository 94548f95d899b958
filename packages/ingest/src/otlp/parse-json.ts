import { OtlpDecodeError } from "./errors.ts";

/*
 * Node 20's JSON.parse has no access to a number's source text, so an integer literal beyond 2^53
 * (a nanosecond timestamp sent as a JSON number, which some exporters do) would silently lose its
 * last digits. Such literals are turned into strings before parsing; the int64 readers accept decimal
 * strings, which is what the spec asks senders to use anyway. Bodies without a long number literal
 * (all spec-conformant ones) skip this pass and go through the native parser untouched; that beats
 * a JS-written JSON parser, which would be several times slower on every body. The pass is a linear
 * scan, not a regular expression: V8's regex backtracking stack overflowed on a 10 MB string full of
 * escapes.
 */
const BIG_INTEGER_IN_VALUE_POSITION = /[:,[]\s*-?\d{16,}/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const MIN_UNSAFE_DIGITS = 16;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Digits, sign, dot and exponent: what may follow the integer part of a JSON number. */
function isNumberChar(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2b || code === MINUS || code === 0x45 || code === 0x65;
}

/** Index just past the string that starts after the opening quote at `from - 1`. */
function skipString(text: string, from: number): number {
  let searchFrom = from;
  for (;;) {
    const quote = text.indexOf('"', searchFrom);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    searchFrom = quote + 1;
  }
}

function quoteUnsafeIntegers(text: string): string {
  const parts: string[] = [];
  let copiedUpTo = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = skipString(text, index + 1);
      continue;
    }
    if (!isDigit(code) && code !== MINUS) {
      index++;
      continue;
    }
    const start = index;
    let end = code === MINUS ? index + 1 : index;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    index = end;
    while (index < text.length && isNumberChar(text.charCodeAt(index))) index++;
    const isPlainInteger = index === end;
    const literal = text.slice(start, end);
    if (isPlainInteger && end - start >= MIN_UNSAFE_DIGITS && !Number.isSafeInteger(Number(literal))) {
      parts.push(text.slice(copiedUpTo, start), `"${literal}"`);
      copiedUpTo = end;
    }
  }
  parts.push(text.slice(copiedUpTo));
  return parts.join("");
}

/** JSON.parse that keeps integers beyond 2^53 exact (as decimal strings). Throws OtlpDecodeError. */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  // A UTF-8 byte order mark is not JSON but some HTTP clients prepend it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const prepared = BIG_INTEGER_IN_VALUE_POSITION.test(body) ? quoteUnsafeIntegers(body) : body;
  try {
    return JSON.parse(prepared);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OtlpDecodeError(`body: not valid JSON (${reason})`, { cause: error });
  }
}
