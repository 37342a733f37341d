/**
 * The production build: ADDIN_BASE_URL is the one setting for where the add-in is served; dist/manifest.xml
 * then has no localhost anywhere, validates offline, and every URL in it is a file the build made (help.html
 * included). The build runs here once, into a temporary folder, with a base URL the test picks.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { manifestUrls, validateBuiltManifest, validateManifest } from '../../scripts/validate-manifest';
import { CODES } from '../../src/core';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS shared with webpack.config.js
const { addinBaseUrl, productionManifest } = require('../../scripts/addin-urls') as {
  addinBaseUrl: (env: Record<string, string | undefined>) => { base: string; placeholder: boolean };
  productionManifest: (xml: string, base: string) => string;
};

const root = path.join(__dirname, '..', '..');
const source = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const BASE = 'https://addins.zijin.gov.cn/bangfu/2026/';

describe('ADDIN_BASE_URL', () => {
  it('must be an https address of a server', () => {
    expect(addinBaseUrl({ ADDIN_BASE_URL: 'https://addins.zijin.gov.cn/bangfu' }).base).toBe('https://addins.zijin.gov.cn/bangfu/');
    expect(addinBaseUrl({}).placeholder).toBe(true);
    for (const bad of ['http://addins.zijin.gov.cn/', 'addins.zijin.gov.cn', 'https://localhost:3000/', 'https://a.cn/?x=1'])
      expect(() => addinBaseUrl({ ADDIN_BASE_URL: bad })).toThrow(/ADDIN_BASE_URL/);
  });

  it('moves every URL of the manifest under any base, the AppDomain to its origin, and the result validates', () => {
    const host = fc
      .array(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join('.'));
    const segs = fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { maxLength: 3 });
    fc.assert(
      fc.property(host, fc.option(fc.integer({ min: 1025, max: 65535 })), segs, (h, port, parts) => {
        const base = addinBaseUrl({ ADDIN_BASE_URL: `https://${h}${port ? `:${port}` : ''}/${parts.join('/')}` }).base;
        const xml = productionManifest(source, base);
        expect(xml).not.toMatch(/localhost/);
        for (const url of manifestUrls(xml)) expect(url === new URL(base).origin || url.startsWith(base)).toBe(true);
        expect(manifestUrls(xml)).toHaveLength(manifestUrls(source).length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('npm run build with ADDIN_BASE_URL', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bangfu-dist-'));
  beforeAll(() => {
    execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', 'addin', '--output-path', out], {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: BASE },
      stdio: 'pipe',
    });
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('gives a manifest without localhost, valid offline, whose every URL is a file in the build', () => {
    const xml = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html" />`);
    expect(xml).toContain('<AppDomain>https://addins.zijin.gov.cn</AppDomain>');
    expect(validateBuiltManifest(out)).toEqual([]);
    for (const page of ['taskpane.html', 'commands.html', 'help.html']) expect(existsSync(path.join(out, page))).toBe(true);
    // The manifest's help link opens the built rules page: every rule of the catalog has its anchor there.
    const help = readFileSync(path.join(out, 'help.html'), 'utf8');
    for (const code of CODES) expect(help).toMatch(new RegExp(`id="?${code}[" >]`));
  });

  it('fails the check when a URL has no file, or localhost is left', () => {
    rmSync(path.join(out, 'help.html'));
    expect(validateBuiltManifest(out)).toEqual([`${BASE}help.html: help.html is not in ${path.basename(out)}/`]);
    writeFileSync(path.join(out, 'help.html'), '<!doctype html><title>help</title>');
    const manifest = path.join(out, 'manifest.xml');
    writeFileSync(
      manifest,
      readFileSync(manifest, 'utf8').replace('<AppDomain>https://addins.zijin.gov.cn', '<AppDomain>https://localhost:3000'),
    );
    expect(validateBuiltManifest(out)).toEqual(
      expect.arrayContaining([
        'the built manifest still points to localhost',
        'AppDomain https://localhost:3000 is not https://addins.zijin.gov.cn',
      ]),
    );
    expect(validateManifest(manifest, out)).toEqual([]);
  });
});
