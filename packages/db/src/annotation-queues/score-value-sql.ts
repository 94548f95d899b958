/**
 * A score row's value as sent, rebuilt from its storage columns (see the Score model): NUMERIC
 * reads numeric_value, CATEGORICAL the label, BOOLEAN the "true"/"false" text. `alias` is the
 * score table's alias in the statement.
 */
export function scoreValueSql(alias: string): string {
  return `CASE ${alias}.data_type WHEN 'NUMERIC' THEN to_jsonb(${alias}.numeric_value)
                 WHEN 'BOOLEAN' THEN to_jsonb(${alias}.string_value = 'true')
                 ELSE to_jsonb(${alias}.string_value) END`;
}
