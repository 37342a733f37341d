/**
 * The product's own sheets are marked as the product's, not by name alone (DESIGN.md "Owned sheets only"):
 * a hidden workbook-level defined name points at each owned sheet. A user's sheet that happens to be called
 * 测算结果 carries no such name, so it is never replaced; the product then writes under another name.
 */
import type { OwnedSheetKey } from './grid';

/** Hidden defined names that mark the product's sheets, e.g. `_bangfu_results` → '测算结果'!$A$1. */
export const OWNED_NAMES: Record<OwnedSheetKey, string> = {
  results: '_bangfu_results',
  issues: '_bangfu_issues',
  params: '_bangfu_params',
  ignores: '_bangfu_ignores',
};

/** Which owned sheet a defined name marks, or null. */
export function ownedKeyOfName(definedName: string): OwnedSheetKey | null {
  for (const [k, v] of Object.entries(OWNED_NAMES)) if (v.toLowerCase() === definedName.toLowerCase()) return k as OwnedSheetKey;
  return null;
}

/**
 * The name to write an owned sheet under: the wanted name, unless a sheet that is not ours already has it;
 * then 「测算结果（校验）」, 「测算结果（校验2）」 … `taken` holds names of sheets that are not the product's.
 * Sheet names compare case-insensitively, as Excel does.
 */
export function chooseSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 1; ; i++) {
    const candidate = `${wanted}（校验${i === 1 ? '' : i}）`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
