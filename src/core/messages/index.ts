/**
 * Message catalogs (zh-CN first, en-US second). STUB: the messages helper replaces this file's body
 * with real catalogs in zh-CN.ts / en-US.ts; the exported API below is the contract.
 */
import type { Finding } from '../findings';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** One sentence a clerk understands: what is wrong, where, what was expected and what was found. */
export function formatFinding(f: Finding, _lang: Lang): string {
  return `${f.code} ${f.sheet}!${f.cell}`;
}
