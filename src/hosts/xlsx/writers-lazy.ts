/**
 * The new-workbook writers (template, summary, a new result workbook when the copy cannot be kept), loaded on
 * first use: checking a file never needs them, so the page's worker fetches their small chunk (write-new.ts,
 * book-styles.ts) only when one of them is asked for.
 */
export const loadWriters = () => import('./write-new');
