import type { TAgreementLevel, TScoreDataType } from "@spanlight/core";
import type { TRatingRow } from "@spanlight/db";

export type TRatingValue = number | string | boolean;

const SEPARATOR = "\u0001";

/** One key per target (trace, span or session), reversible for the answer's references. */
export function targetKeyOf(row: Pick<TRatingRow, "traceId" | "spanId" | "sessionId">): string {
  return [row.traceId ?? "", row.spanId ?? "", row.sessionId ?? ""].join(SEPARATOR);
}

export function targetOfKey(key: string): { traceId: string | null; spanId: string | null; sessionId: string | null } {
  const [traceId, spanId, sessionId] = key.split(SEPARATOR);
  return { traceId: traceId || null, spanId: spanId || null, sessionId: sessionId || null };
}

/** The data type most of the rows have: a name scored as two types compares only the usual one. */
export function dominantDataType(rows: readonly TRatingRow[]): TScoreDataType | null {
  const counts = new Map<TScoreDataType, number>();
  for (const row of rows) counts.set(row.dataType, (counts.get(row.dataType) ?? 0) + 1);
  let best: TScoreDataType | null = null;
  for (const [dataType, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = dataType;
  return best;
}

export function defaultLevel(dataType: TScoreDataType | null): TAgreementLevel {
  switch (dataType) {
    case "NUMERIC":
      return "interval";
    case "CATEGORICAL":
    case "BOOLEAN":
    case null:
      return "nominal";
    default: {
      const exhaustive: never = dataType;
      return exhaustive;
    }
  }
}

/**
 * A row's value as the statistics read it: as sent (number, label, boolean) for nominal data; for a
 * category at the ordinal/interval/ratio levels its config's numeric value (null when it has none,
 * and the rating is left out), since labels carry no order.
 */
export function ratingValue(row: TRatingRow, level: TAgreementLevel): TRatingValue | null {
  switch (row.dataType) {
    case "NUMERIC":
      return row.numericValue;
    case "BOOLEAN":
      return level === "nominal" ? row.stringValue === "true" : row.numericValue;
    case "CATEGORICAL":
      return level === "nominal" ? row.stringValue : row.numericValue;
    default: {
      const exhaustive: never = row.dataType;
      return exhaustive;
    }
  }
}

/** A value back from its equality key (summariseAgreement's): the number, the boolean, or the label. */
export function ratingValueOfKey(input: {
  key: string;
  dataType: TScoreDataType;
  level: TAgreementLevel;
}): TRatingValue {
  if (input.level !== "nominal" || input.dataType === "NUMERIC") return Number(input.key);
  return input.dataType === "BOOLEAN" ? input.key === "true" : input.key;
}

/**
 * Where an owner/admin adjudicated a target, that value is final: it replaces the side's ratings
 * there (compare) and is never a rater itself (agreement drops adjudicated rows before this).
 */
export function withAdjudicatedFinal(rows: readonly TRatingRow[]): TRatingRow[] {
  const adjudicated = new Set(rows.filter((row) => row.isAdjudicated).map(targetKeyOf));
  if (adjudicated.size === 0) return [...rows];
  return rows.filter((row) => row.isAdjudicated || !adjudicated.has(targetKeyOf(row)));
}
