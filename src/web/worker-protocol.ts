/** Messages between the page and its Web Worker (the engine runs in the worker so the page never freezes). */
import type { FileResult, Lang, OwnedSheetKey } from '../core';

export type Step = 'reading' | 'checking' | 'result';

export interface CheckRequest {
  type: 'check';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  lang: Lang;
}

/** The blank template workbook (新建模板), built in the worker where the other workbooks are written. */
export interface TemplateRequest {
  type: 'template';
  id: number;
  lang: Lang;
}

export type WorkerRequest = CheckRequest | TemplateRequest;

export type WorkerMessage =
  | { type: 'progress'; id: number; step: Step }
  | {
      type: 'done';
      id: number;
      result: FileResult;
      profileName: string;
      profileSource: 'default' | 'file' | 'sheet';
      unreadable: boolean;
      /** The result workbook (absent when the file could not be read). */
      workbook?: ArrayBuffer;
      mode?: 'copy' | 'new';
      reason?: string;
      names?: Partial<Record<OwnedSheetKey, string>>;
    }
  | { type: 'template'; id: number; workbook: ArrayBuffer }
  | { type: 'failed'; id: number; message: string };
