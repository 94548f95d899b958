/** A statistic to three decimals, or an en dash when it is undefined for the data (null). */
export function formatStatistic(value: number | null): string {
  return value === null ? "–" : value.toFixed(3);
}

/** A proportion as a percentage with one decimal. */
export function formatPercent(value: number | null): string {
  return value === null ? "–" : `${(value * 100).toFixed(1)}%`;
}
