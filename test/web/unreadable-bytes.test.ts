/**
 * Real unreadable bytes through the page's and the CLI's pipeline (checkBytes): a truncated workbook, a zip that
 * inflates past the limit, a file over the size limit, a Word document, an empty file, an .xls, a CSV. Each gives
 * one WB-UNREADABLE whose sentence has no internals and no byte counts, in both languages.
 */
import { zipSync, strToU8 } from 'fflate';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const ALLOWED = /Excel|WPS|Open XML|PowerPoint|Word|CSV|xlsx|xlsm|xlsb|xls|et|zip|MB|GB|KB|--max-file-mb/g;

async function cases(): Promise<[string, Uint8Array, Partial<typeof DEFAULT_LIMITS>][]> {
  const good = new Uint8Array(await xlsxFromGrids([pairingSheet(), fundSheet({ years: [2021] })]));
  const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
  return [
    ['truncated', good.slice(0, Math.floor(good.length / 2)), {}],
    ['inflates past the limit', good, { maxUncompressedBytes: 2048 }],
    ['over the size limit', good, { maxFileBytes: 1024 }],
    ['too many cells', good, { maxCells: 10 }],
    ['docx', docx, {}],
    ['empty', new Uint8Array(0), {}],
    ['xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), {}],
    ['csv', strToU8('镇,合计\n龙窝镇,2000\n'), {}],
  ];
}

describe('unreadable files, as read', () => {
  it('say what to do in plain words, never the reader’s internals', async () => {
    for (const [name, bytes, limits] of await cases()) {
      for (const lang of ['zh-CN', 'en-US'] as const) {
        const c = await checkBytes(bytes, `${name}.xlsx`, { lang, limits: { ...DEFAULT_LIMITS, ...limits } });
        expect([name, c.unreadable, c.result.findings.map((f) => f.code)]).toEqual([name, true, ['WB-UNREADABLE']]);
        const m = c.result.findings[0].message;
        expect([name, m]).not.toEqual([name, expect.stringMatching(/\d{7,}/)]);
        if (lang === 'zh-CN') expect([name, m.replace(ALLOWED, '')]).not.toEqual([name, expect.stringMatching(/[A-Za-z]{2,}/)]);
        else expect([name, m]).not.toEqual([name, expect.stringMatching(/central directory|inflated|invalid|signature|[\u4e00-\u9fff]/)]);
      }
    }
  });
});
