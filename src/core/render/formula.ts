/**
 * The only formulas the product writes (the blank template's 合计 cells, issue 12): a sum of areas of the same
 * sheet, blank while none of its cells holds a number. They are built from row and column numbers, never from a
 * user's text, so nothing a user typed can become a formula (RULES.md "What the product writes back").
 */
import { toA1Range } from '../a1';
import type { MergeArea } from '../types';

/** A rectangle of the same sheet, 1-based and inclusive. */
export type Area = MergeArea;

/** `SUM` of `areas`, shown blank (the empty string) until one of their cells holds a number. */
export interface SumFormula {
  readonly sum: readonly Area[];
}

/** A dropdown (list data validation) over `range`: the cell takes one of `list`; other text is warned about. */
export interface ListValidation {
  readonly range: Area;
  readonly list: readonly string[];
  /** The warning shown for text outside the list (Excel: title ≤ 32, message ≤ 255 characters). */
  readonly error?: { readonly title: string; readonly message: string };
}

const ref = (a: Area) => toA1Range(a.top, a.left, a.bottom, a.right);

/**
 * The formula's text without the leading '=' (ExcelJS wants it so; Office.js gets '=' + this):
 * `formulaText({ sum: [area(6, 5, 6, 7)] })` → `IF(COUNT(E6:G6)=0,"",SUM(E6:G6))`.
 */
export function formulaText(f: SumFormula): string {
  const refs = f.sum.map(ref).join(',');
  return `IF(COUNT(${refs})=0,"",SUM(${refs}))`;
}

/** A sum of one area: `sumOf(6, 5, 6, 7)` is E6:G6. */
export function sumOf(top: number, left: number, bottom: number, right: number): SumFormula {
  return { sum: [{ top, left, bottom, right }] };
}

/** Excel keeps an inline list (the `"a,b"` form) to 255 characters; items hold no comma. */
export const MAX_LIST_CHARS = 255;

/** The inline list source `a,b,c` (Office.js `source`; xlsx's formula1 quotes it). */
export function listSource(list: readonly string[]): string {
  return list.join(',');
}

/** A1 text of a validation's range. */
export const rangeText = ref;
