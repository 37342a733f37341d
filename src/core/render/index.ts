/** Output grids for the product's sheets; every host writes these. */
import type { Lang } from '../messages';
import type { CheckReport } from '../report';
import type { OutputSheet } from './grid';
import { renderIssues, type RenderIssuesOptions } from './issues';
import { renderResults } from './results';
import { renderIgnores, writesIgnores } from './ignores';

export * from './grid';
export * from './formula';
export { wrappedRowHeights, wrappedRowHeight, wrappedLines } from './row-heights';
export * from './owned';
export { renderResults } from './results';
export { renderIssues, type RenderIssuesOptions } from './issues';
export { renderTemplate, type TemplateSheet } from './template';
export { renderParams } from './params';
export { renderHelpHtml, helpHref } from './help';
export { describeRecognition, describeSheet, formatYears, recognitionLines, type RecognitionText, type SheetText } from './recognition';

/** 测算结果 and 校验问题, in that order; then 忽略记录 (hidden) when ignores are in force or the workbook had it. */
export function renderOutputs(report: CheckReport, lang: Lang, options: RenderIssuesOptions = {}): OutputSheet[] {
  const out = [renderResults(report, lang), renderIssues(report, lang, options)];
  return writesIgnores(report) ? [...out, renderIgnores(report)] : out;
}
export { renderIgnores, writesIgnores } from './ignores';
export { renderSummary, scopeOf, recognisedAs, type SummarySheet } from './summary';
