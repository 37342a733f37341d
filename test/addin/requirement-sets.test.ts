/**
 * Requirement sets: every Office.js API the add-in calls, looked up in the API → ExcelApi table of the
 * Office.js type definitions, is within the set manifest.xml declares, or guarded by supportsExcelApi /
 * isSetSupported of at least its set. The scan is shown to fail on a temporary copy with an unguarded newer API.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { MIN_EXCEL_API } from '../../src/hosts/excel/requirements';
import { addinFiles, scanRequirementSets, trueMinimum, unguarded } from '../../scripts/requirement-sets';

const root = path.join(__dirname, '..', '..');
const readTs = path.join(root, 'src/hosts/excel/read.ts');
const files = addinFiles();
const brief = (uses: { api: string; set: string }[]) => uses.map((u) => [u.api, u.set]);

describe('requirement sets', () => {
  const uses = scanRequirementSets(files);

  it('finds the host’s calls and their sets in the table', () => {
    const table = new Map(uses.map((u) => [u.api, u.set]));
    expect(table.get('Range.getMergedAreasOrNullObject')).toBe('1.13');
    expect(table.get('Worksheet.getRangeByIndexes')).toBe('1.7');
    expect(table.get('Worksheet.getUsedRangeOrNullObject')).toBe('1.4');
    expect(table.get('RunOptions.delayForCellEdit')).toBe('1.11');
    expect(uses.length).toBeGreaterThan(50);
  });

  it('calls nothing above the declared ExcelApi without a guard, and the manifest declares the true minimum', () => {
    expect(brief(unguarded(uses, MIN_EXCEL_API))).toEqual([]);
    expect(trueMinimum(uses)).toBe(MIN_EXCEL_API);
    const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1]).toBe(MIN_EXCEL_API);
  });

  it('fails on a copy of the host that calls a newer API without a guard, or under a guard too low', () => {
    const source = readFileSync(readTs, 'utf8');
    const anchor = "used.load('address,rowCount,columnCount');";
    expect(source).toContain(anchor);
    const bare = source.replace(anchor, `${anchor}\n      used.getMergedAreasOrNullObject().load('address');`);
    expect(brief(unguarded(scanRequirementSets(files, new Map([[readTs, bare]])), MIN_EXCEL_API))).toEqual([
      ['Range.getMergedAreasOrNullObject', '1.13'],
    ]);
    const low = source.split("supportsExcelApi('1.13')").join("supportsExcelApi('1.9')");
    expect(brief(unguarded(scanRequirementSets(files, new Map([[readTs, low]])), MIN_EXCEL_API))).toEqual([
      ['Range.getMergedAreasOrNullObject', '1.13'],
    ]);
  });
});
