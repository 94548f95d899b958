import type { TScoreDataType, TScoreStats, TScoreStatsQuery } from "@spanlight/core";
import { getPool } from "../client.ts";
import { isoTime, SqlParams } from "../traces/sql-fragments.ts";

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const BINS = 10;

type THistogram = NonNullable<TScoreStats["stats"]>["histogram"];

/**
 * The Scores page's charts over a window: the names given in it, and for one name its histogram
 * (numbers) or label counts (categories, booleans) and a per-day trend. All aggregated in
 * PostgreSQL over the (project_id, name, timestamp) index, so the browser never pulls raw rows.
 */
export async function getScoreStats(options: {
  projectId: string;
  query: TScoreStatsQuery;
  now?: Date;
}): Promise<TScoreStats> {
  const now = options.now ?? new Date();
  const to = options.query.to ?? now.toISOString();
  const from = options.query.from ?? new Date(Date.parse(to) - DEFAULT_DAYS * DAY_MS).toISOString();
  const base = new SqlParams();
  const where = scopeSql(base, { projectId: options.projectId, from, to, source: options.query.source });
  const names = await getPool().query<{ name: string; dataType: TScoreDataType; count: number }>(
    `SELECT name, (array_agg(data_type ORDER BY timestamp DESC))[1] AS "dataType", count(*)::int AS count
       FROM score WHERE ${where} GROUP BY name ORDER BY count(*) DESC, name LIMIT 100`,
    base.values,
  );
  const chosen =
    names.rows.find((row) => row.name === options.query.name) ?? (options.query.name ? undefined : names.rows[0]);
  if (!chosen) return { from, to, names: names.rows, stats: null };

  const params = new SqlParams();
  const scoped = `${scopeSql(params, { projectId: options.projectId, from, to, source: options.query.source })} AND name = ${params.add(chosen.name)}`;
  const unit = Date.parse(to) - Date.parse(from) <= 2 * DAY_MS ? "hour" : "day";
  const [summary, histogram, categories, trend] = await Promise.all([
    getPool().query<{ count: number; mean: number | null; low: number | null; high: number | null }>(
      `SELECT count(*)::int AS count, avg(numeric_value) AS mean, min(numeric_value) AS low, max(numeric_value) AS high
         FROM score WHERE ${scoped}`,
      params.values,
    ),
    chosen.dataType === "NUMERIC" ? numericHistogram(scoped, params) : Promise.resolve([]),
    chosen.dataType === "NUMERIC"
      ? Promise.resolve([])
      : getPool()
          .query<{ label: string; count: number }>(
            `SELECT COALESCE(string_value, '') AS label, count(*)::int AS count FROM score WHERE ${scoped}
              GROUP BY 1 ORDER BY min(numeric_value) NULLS LAST, 1`,
            params.values,
          )
          .then((result) => result.rows),
    getPool().query<{ bucket: string; count: number; mean: number | null }>(
      `SELECT ${isoTime(`date_trunc('${unit}', timestamp AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`)} AS bucket,
              count(*)::int AS count, avg(numeric_value) AS mean
         FROM score WHERE ${scoped} GROUP BY 1 ORDER BY 1`,
      params.values,
    ),
  ]);
  const row = summary.rows[0];
  return {
    from,
    to,
    names: names.rows,
    stats: {
      name: chosen.name,
      dataType: chosen.dataType,
      count: row?.count ?? 0,
      mean: row?.mean ?? null,
      histogram,
      categories,
      trend: trend.rows,
    },
  };
}

function scopeSql(
  params: SqlParams,
  options: { projectId: string; from: string; to: string; source?: string },
): string {
  const conditions = [
    `project_id = ${params.add(options.projectId)}`,
    `timestamp >= ${params.add(options.from)}::timestamptz`,
    `timestamp < ${params.add(options.to)}::timestamptz`,
  ];
  if (options.source) conditions.push(`source = ${params.add(options.source)}::"ScoreSource"`);
  return conditions.join(" AND ");
}

/** Ten equal bins between the lowest and highest value (one bin when all values are equal). */
async function numericHistogram(scoped: string, params: SqlParams): Promise<THistogram> {
  const result = await getPool().query<{ low: number; high: number; bin: number; count: number }>(
    `WITH bounds AS (SELECT min(numeric_value) AS low, max(numeric_value) AS high FROM score WHERE ${scoped})
     SELECT bounds.low, bounds.high,
            CASE WHEN bounds.high = bounds.low THEN 0
                 ELSE LEAST(width_bucket(numeric_value, bounds.low, bounds.high, ${BINS}), ${BINS}) - 1 END AS bin,
            count(*)::int AS count
       FROM score, bounds WHERE ${scoped} AND numeric_value IS NOT NULL
      GROUP BY bounds.low, bounds.high, 3 ORDER BY 3`,
    params.values,
  );
  const first = result.rows[0];
  if (!first) return [];
  const { low, high } = first;
  const binCount = high === low ? 1 : BINS;
  const width = high === low ? 1 : (high - low) / BINS;
  const counts = new Map(result.rows.map((row) => [row.bin, row.count]));
  return Array.from({ length: binCount }, (_, bin) => ({
    start: low + bin * width,
    end: high === low ? high : low + (bin + 1) * width,
    count: counts.get(bin) ?? 0,
  }));
}
