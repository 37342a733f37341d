/**
 * Appends many items to an array. `out.push(...items)` passes every item as an argument, and a workbook with
 * 110,000 findings exceeds the call stack ("Maximum call stack size exceeded"); this loop has no such limit.
 */
export function pushAll<T>(out: T[], items: Iterable<T>): void {
  for (const x of items) out.push(x);
}
