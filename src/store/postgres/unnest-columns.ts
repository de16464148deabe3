/**
 * Batched inserts pass PostgreSQL one array per column and `unnest` them back into rows
 * (`INSERT … SELECT * FROM unnest($1::text[], $2::int[], …)`), so a batch of any size is one
 * statement with a fixed number of parameters, and one prepared plan.
 */

/** A column of a batch: a field of the row, or how its value is computed from the row. */
export type UnnestColumn<T> = keyof T | ((row: T) => unknown)

/**
 * The rows as one array per column, in the order of `columns`. A missing (undefined) field needs
 * no `?? null`: node-postgres sends an undefined array element as NULL.
 */
export function unnestColumns<T>(rows: readonly T[], columns: readonly UnnestColumn<T>[]): unknown[][] {
  return columns.map((column) => rows.map((row) => (typeof column === 'function' ? column(row) : row[column])))
}
