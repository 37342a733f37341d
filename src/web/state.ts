import type { FileResult, OwnedSheetKey } from '../core';
import type { Step } from './worker-protocol';

/** A file the user chose, and what the worker has said of it so far. */
export interface FileEntry {
  id: number;
  name: string;
  step: Step;
  result?: FileResult;
  profileName?: string;
  profileSource?: 'default' | 'file' | 'sheet';
  workbook?: ArrayBuffer;
  mode?: 'copy' | 'new';
  reason?: string;
  names?: Partial<Record<OwnedSheetKey, string>>;
  error?: string;
}
