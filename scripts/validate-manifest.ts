/**
 * npm run validate — checks manifest.xml offline: against the published add-in manifest XSDs (schemas/, with
 * xmllint), then what the schemas cannot see: an en-US override for every zh-CN string, every resid defined,
 * every icon present at its size, https everywhere. Exit code 1 with a list of problems when anything fails.
 * Usage: npx tsx scripts/validate-manifest.ts [manifest.xml]
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');

export function validateManifest(file: string): string[] {
  const problems: string[] = [];
  try {
    execFileSync('xmllint', ['--noout', '--schema', path.join(root, 'schemas', 'OfficeAppManifestV1_1.xsd'), file], { stdio: 'pipe' });
  } catch (err) {
    const out = String((err as { stderr?: Buffer }).stderr ?? err);
    problems.push(
      ...out
        .split('\n')
        .filter((l) => l.trim() && !/fails to validate|validates$/.test(l))
        .map((l) => `schema: ${l.replace(file, path.basename(file))}`),
    );
    if (problems.length === 0) problems.push('schema: the manifest does not validate');
  }
  const xml = readFileSync(file, 'utf8');
  // Every localisable string has an en-US override (DisplayName, Description, resources).
  for (const m of xml.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*?(\/>|>([\s\S]*?)<\/\1>)/g)) {
    if (/\sresid="/.test(m[0])) continue; // a reference to a resource string, checked below
    const id = /\sid="([^"]+)"/.exec(m[0])?.[1] ?? m[1];
    if (!/Override Locale="en-US"/.test(m[3] ?? '')) problems.push(`${id}: no en-US override`);
  }
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(m[1])) problems.push(`resid ${m[1]} is not defined in Resources`);
  for (const m of xml.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)</g)) {
    const url = m[1] ?? m[2];
    if (!url.startsWith('https://')) problems.push(`${url}: add-in URLs must be https`);
  }
  // Icons: assets/icon-N.png must exist and be N×N.
  for (const m of xml.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)) {
    const p = path.join(root, 'assets', m[1]);
    if (!existsSync(p)) {
      problems.push(`${m[1]} is missing from assets/`);
      continue;
    }
    const png = readFileSync(p);
    const w = png.readUInt32BE(16);
    const h = png.readUInt32BE(20);
    if (w !== Number(m[2]) || h !== Number(m[2])) problems.push(`${m[1]} is ${w}×${h}, not ${m[2]}×${m[2]}`);
  }
  for (const fn of ['runCheck', 'clearResults'])
    if (!xml.includes(`<FunctionName>${fn}</FunctionName>`)) problems.push(`an ExecuteFunction control must call ${fn}`);
  return [...new Set(problems)];
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
  const problems = validateManifest(file);
  if (problems.length) {
    process.stderr.write(`清单校验未通过 / manifest is not valid: ${path.basename(file)}\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `清单校验通过 / manifest is valid (offline: XSD schemas in schemas/, en-US overrides, resources, icons, https): ${path.basename(file)}\n`,
  );
  process.stdout.write('office-addin-manifest validate (the online service) is not run: it needs network access.\n');
}
