/**
 * Telling what a file is before parsing it, so that a clerk hears "this is an old .xls, save it as .xlsx"
 * rather than a parser's stack trace (WB-UNREADABLE). Pure of fs and DOM.
 */
import type { UnreadableReason } from '../../core';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((v, i) => b[i] === v);
}

/** Does the compound file name this stream (UTF-16LE) anywhere in its directory? */
function hasUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (b[i + k * 2] !== name.charCodeAt(k) || b[i + k * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** Plain text: no NUL bytes and mostly printable in its first KiB (CSV, TSV, HTML saved as .xlsx). */
function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 1024);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if (c === 9 || c === 10 || c === 13 || c >= 32) printable++;
  }
  return printable >= n * 0.95;
}

export type Sniff = { kind: 'zip' } | { kind: 'unreadable'; reason: UnreadableReason; detail?: string };

export function sniff(bytes: Uint8Array): Sniff {
  if (bytes.length === 0) return { kind: 'unreadable', reason: 'empty' };
  if (startsWith(bytes, OLE2)) {
    // An encrypted .xlsx is an OLE2 file holding EncryptionInfo and EncryptedPackage streams.
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) return { kind: 'unreadable', reason: 'encrypted' };
    return { kind: 'unreadable', reason: 'xls' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (looksLikeText(bytes)) return { kind: 'unreadable', reason: 'csv' };
  return { kind: 'unreadable', reason: 'not-xlsx' };
}
