import type { FileResult, Lang, OwnedSheetKey } from '../core';
import type { Step } from './worker-protocol';

/** A file the user chose, and what the worker has said of it so far. */
export interface FileEntry {
  id: number;
  name: string;
  step: Step;
  result?: FileResult;
  /** The result in each language (the page shows the one of its language). */
  results?: Partial<Record<Lang, FileResult>>;
  /** The file could not be read at all: its card says why and what to do, nothing else. */
  unreadable?: boolean;
  /** Size in bytes, to tell the same file chosen again. */
  size?: number;
  profileName?: string;
  profileSource?: 'default' | 'file' | 'sheet';
  workbook?: ArrayBuffer;
  /** The language of the result workbook's sheets; another than the page's is rendered again (App). */
  workbookLang?: Lang;
  mode?: 'copy' | 'new';
  reason?: string;
  names?: Partial<Record<OwnedSheetKey, string>>;
  error?: string;
  /** The file the user chose, read again when 忽略 / 恢复 checks it with the page's ignores (issue 11). */
  file?: File;
  /** Checked again after 忽略 / 恢复: the result shown is the last one until the new one comes. */
  rechecking?: boolean;
}
