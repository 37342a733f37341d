/** @jest-environment jsdom */
/**
 * A file that cannot be read gets a card with its name and one sentence saying why and what to do — nothing else
 * (no counts, no rules line, no download). Every reason, with every kind of detail a reader gives (internal
 * English, byte counts), reads plainly: no run of more than 6 digits, no English words in zh-CN beyond the names
 * of the programs and formats a clerk sees (Excel, WPS, .xlsx…), no Chinese in en-US.
 */
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { makeFinding, formatFinding, ui, type FindingParams, type Lang, type UnreadableReason } from '../../src/core';
import { BadFileCard } from '../../src/web/components/BadFileCard';

const REASONS: UnreadableReason[] = ['empty', 'encrypted', 'xls', 'csv', 'not-xlsx', 'damaged', 'too-large', 'not-found', 'other'];
/** What readers put in `detail`: format names, internal exceptions, byte counts. */
const DETAILS = [
  undefined,
  'strict',
  'docx',
  'pptx',
  'xlsb',
  'zip',
  'no end of central directory',
  'Corrupted zip or bug: unexpected signature (\\x00\\x00)',
  '1572913946 > 419430400',
  '> 419430400 (inflated)',
  'damaged entry xl/worksheets/sheet1.xml',
  'ENOENT',
  'internal error: Cannot read properties of undefined',
];
const LIMITS: Pick<FindingParams['WB-UNREADABLE'], 'limit' | 'size' | 'max'>[] = [
  {},
  { limit: 'file', size: 1572913946, max: 104857600 },
  { limit: 'unzipped', max: 419430400 },
  { limit: 'cells', max: 1000000 },
  { limit: 'entries', max: 10000 },
];

/** Words a zh-CN sentence may keep in Latin letters: programs, formats, sizes, the CLI's own option. */
const ALLOWED = /Excel|WPS|Open XML|PowerPoint|Word|CSV|xlsx|xlsm|xlsb|xls|et|zip|MB|GB|KB|--max-file-mb/g;

function cases() {
  const out: { reason: UnreadableReason; params: FindingParams['WB-UNREADABLE'] }[] = [];
  for (const reason of REASONS)
    for (const detail of DETAILS) for (const l of LIMITS) out.push({ reason, params: { reason, ...(detail ? { detail } : {}), ...l } });
  return out;
}

function showCard(name: string, lang: Lang, params: FindingParams['WB-UNREADABLE']) {
  const message = formatFinding(makeFinding('WB-UNREADABLE', null, params), lang);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <BadFileCard t={ui(lang)} name={name} message={message} onRemove={jest.fn()} />
    </FluentProvider>,
  );
  const card = screen.getByTestId('bad-file-card');
  const text = within(card).getByTestId('bad-file-reason').textContent ?? '';
  const all = card.textContent ?? '';
  const buttons = within(card)
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent);
  view.unmount();
  return { text, all, buttons };
}

describe('the bad-file card', () => {
  it.each(REASONS)('says plainly what to do for %s, in zh-CN: no long digit runs, no English, one sentence', (reason) => {
    for (const c of cases().filter((x) => x.reason === reason)) {
      const { text, all, buttons } = showCard('送审.xlsx', 'zh-CN', c.params);
      expect(text).toMatch(/^无法读取：/);
      expect(text).not.toMatch(/\d{7,}/);
      expect(text.replace(ALLOWED, '')).not.toMatch(/[A-Za-z]{2,}/);
      expect(text).toMatch(/请|选择/); // what to do
      expect(text.match(/。/g)?.length ?? 0).toBeLessThanOrEqual(2);
      expect(all).toBe(`送审.xlsx${text}`);
      expect(buttons).toEqual(['移除 送审.xlsx']);
    }
  });

  it.each(REASONS)('says plainly what to do for %s, in en-US: no long digit runs, no Chinese', (reason) => {
    for (const c of cases().filter((x) => x.reason === reason)) {
      const { text } = showCard('a.xlsx', 'en-US', c.params);
      expect(text).toMatch(/^Cannot read the file: /);
      expect(text).not.toMatch(/\d{7,}/);
      expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/central directory|ENOENT|internal error|inflated|\\x00/);
    }
  });

  it('gives sizes in MB or GB', () => {
    expect(showCard('a.xlsx', 'zh-CN', { reason: 'too-large', limit: 'file', size: 1572913946, max: 104857600 }).text).toMatch(
      /1\.5 GB.*100 MB/,
    );
    expect(showCard('a.xlsx', 'en-US', { reason: 'too-large', limit: 'unzipped', max: 419430400 }).text).toContain('400 MB');
    expect(showCard('a.xlsx', 'zh-CN', { reason: 'too-large', limit: 'cells', max: 1000000 }).text).toContain('100 万');
  });
});
