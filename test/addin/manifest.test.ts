import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { validateManifest } from '../../scripts/validate-manifest';

const manifest = path.join(__dirname, '..', '..', 'manifest.xml');

async function broken(edit: (xml: string) => string): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  await fs.writeFile(file, edit(await fs.readFile(manifest, 'utf8')));
  const problems = validateManifest(file);
  await fs.rm(dir, { recursive: true, force: true });
  return problems;
}

describe('manifest.xml, validated offline', () => {
  it('passes the published XSD schemas and the checks they cannot make', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });
  it('fails without Permissions', async () => {
    expect((await broken((x) => x.replace('<Permissions>ReadWriteDocument</Permissions>', ''))).join('\n')).toMatch(/schema:/);
  });
  it('fails when a string lacks its en-US override', async () => {
    expect(await broken((x) => x.replace('<bt:Override Locale="en-US" Value="Check now" />', ''))).toContain(
      'RunCheckButton.Label: no en-US override',
    );
  });
  it('fails on a resid that is not defined', async () => {
    expect(await broken((x) => x.replace('<Label resid="Group.Label" />', '<Label resid="Group.Missing" />'))).toContain(
      'resid Group.Missing is not defined in Resources',
    );
  });
  it('fails on a plain-http URL', async () => {
    expect(
      (
        await broken((x) =>
          x.replace(
            'https://localhost:3000/taskpane.html" />\n  </DefaultSettings>',
            'http://localhost:3000/taskpane.html" />\n  </DefaultSettings>',
          ),
        )
      ).join('\n'),
    ).toMatch(/must be https/);
  });
});
