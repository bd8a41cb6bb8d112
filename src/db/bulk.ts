// Bulk parameters for batch statements (jobs), the same on postgres.js and PGlite: a whole list
// travels as ONE text parameter. A batch of 1,000 rows is then one parameter instead of 11,000, stays
// far below PostgreSQL's 65,535-parameter limit, and drizzle does not build a query chunk per value
// (which costs more CPU than PostgreSQL spends on the insert). Dates become ISO text through
// JSON.stringify, never a raw Date parameter.
import { sql, type SQL } from 'drizzle-orm';

/**
 * A set of rows for `select … from ${jsonRijen(rijen)} as v(kolom type, …)`: jsonb_to_recordset over
 * the rows as JSON. Keys are the SQL column names of the definition list; a Date is sent as ISO text.
 */
export function jsonRijen(rijen: ReadonlyArray<Record<string, unknown>>): SQL {
  return sql`jsonb_to_recordset(${JSON.stringify(rijen)}::text::jsonb)`;
}

/**
 * A PostgreSQL array as one parameter in array-literal form, e.g. `kolom = any(${arrayParam(ids, 'uuid')})`.
 * The parameter is typed uuid[] / text[] itself (not text cast afterwards): then the planner sees a
 * constant array and uses the index; behind a `::text::uuid[]` cast it falls back to a sequential scan.
 */
export function arrayParam(waarden: readonly string[], type: 'uuid' | 'text'): SQL {
  const literal = `{${waarden.map((w) => `"${w.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}
