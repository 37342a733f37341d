/** Messages between the page and its Web Worker (the engine runs in the worker so the page never freezes). */
import type { FileResult, Ignore, Lang, OwnedSheetKey, RoundFile } from '../core';

export type Step = 'reading' | 'checking' | 'result';

export interface CheckRequest {
  type: 'check';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  lang: Lang;
  /**
   * The page's ignores for this file after 忽略 / 恢复 (issue 11): the whole list, in place of the file's own
   * 忽略记录; the result workbook carries them (hidden 忽略记录, and 校验问题's 已忽略 section). Absent: the file's own.
   */
  ignores?: Ignore[];
}

/** The blank template workbook (新建模板), built in the worker where the other workbooks are written. */
export interface TemplateRequest {
  type: 'template';
  id: number;
  lang: Lang;
}

/** The round's 汇总 workbook (issue 12): the files' results in the page's language, written in the worker. */
export interface SummaryRequest {
  type: 'summary';
  id: number;
  lang: Lang;
  files: RoundFile[];
}

/**
 * The result workbook again in another language (issue 12: switching the page's language re-renders the result):
 * the worker renders the file's report (kept since its check) in `lang` into the workbook the page holds, replacing
 * the product's sheets as a re-run does; every other part of it stays as it is.
 */
export interface RelangRequest {
  type: 'relang';
  id: number;
  lang: Lang;
  workbook: ArrayBuffer;
}

export type WorkerRequest = CheckRequest | TemplateRequest | SummaryRequest | RelangRequest;

export type WorkerMessage =
  | { type: 'progress'; id: number; step: Step }
  | {
      type: 'done';
      id: number;
      result: FileResult;
      /** The same result in each language, so that switching the page's language re-renders the findings. */
      results: Record<Lang, FileResult>;
      profileName: string;
      profileSource: 'default' | 'file' | 'sheet';
      unreadable: boolean;
      /** The result workbook (absent when the file could not be read), and the language its sheets are in. */
      workbook?: ArrayBuffer;
      lang: Lang;
      mode?: 'copy' | 'new';
      reason?: string;
      names?: Partial<Record<OwnedSheetKey, string>>;
    }
  | { type: 'relang'; id: number; lang: Lang; workbook: ArrayBuffer }
  | { type: 'template'; id: number; workbook: ArrayBuffer }
  | { type: 'summary'; id: number; workbook: ArrayBuffer }
  | { type: 'failed'; id: number; message: string };
