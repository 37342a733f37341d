/**
 * npm run validate — checks manifest.xml offline: against the published add-in manifest XSDs (schemas/, with
 * xmllint), then what the schemas cannot see: an en-US override for every zh-CN string, every resid defined,
 * every icon present at its size, https everywhere. When a build is there (dist/manifest.xml), it is checked
 * too: no localhost anywhere, every URL under one base whose files dist/ holds, the AppDomain that base's origin.
 * Exit code 1 with a list of problems when anything fails.
 * Usage: npx tsx scripts/validate-manifest.ts [manifest.xml] [--built dist]
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');

/** Every URL in a manifest: DefaultValue and Value attributes, and AppDomain elements. */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
}

/**
 * A built manifest (`dir`/manifest.xml): valid as above, no localhost, every URL under the base of its
 * SourceLocation and served by a file in `dir`, and its AppDomain that base's origin.
 */
export function validateBuiltManifest(dir: string): string[] {
  const file = path.join(dir, 'manifest.xml');
  if (!existsSync(file)) return [`${file} is missing: run npm run build`];
  const problems = validateManifest(file, dir);
  const xml = readFileSync(file, 'utf8');
  if (/localhost|127\.0\.0\.1/i.test(xml)) problems.push('the built manifest still points to localhost');
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
  const base = source.slice(0, source.lastIndexOf('/') + 1);
  if (!base) return [...problems, 'no SourceLocation'];
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith('https://')) continue; // reported above
    if (url === new URL(base).origin) continue; // the AppDomain
    if (!url.startsWith(base)) {
      problems.push(`${url} is not under ${base}`);
      continue;
    }
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    if (!rel || !existsSync(path.join(dir, rel))) problems.push(`${url}: ${rel || '(the base itself)'} is not in ${path.basename(dir)}/`);
  }
  const domains = [...xml.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1]);
  if (domains.some((d) => d !== new URL(base).origin)) problems.push(`AppDomain ${domains.join(', ')} is not ${new URL(base).origin}`);
  return [...new Set(problems)];
}

/** Checks a manifest; icons are looked up under `files` (the repository for manifest.xml, dist/ for a build). */
export function validateManifest(file: string, files: string = root): string[] {
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
  for (const url of manifestUrls(xml)) if (!url.startsWith('https://')) problems.push(`${url}: add-in URLs must be https`);
  // Icons: assets/icon-N.png must exist and be N×N.
  for (const m of xml.matchAll(/https:\/\/[^"<]*\/assets\/(icon-(\d+)\.png)/g)) {
    const p = path.join(files, 'assets', m[1]);
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
  const args = process.argv.slice(2);
  const builtAt = args.indexOf('--built');
  const dist = path.resolve(builtAt >= 0 ? (args[builtAt + 1] ?? 'dist') : path.join(root, 'dist'));
  const file = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== builtAt + 1) ?? path.join(root, 'manifest.xml'));
  const checks: [string, string[]][] = [[path.relative(process.cwd(), file), validateManifest(file)]];
  if (builtAt >= 0 || existsSync(path.join(dist, 'manifest.xml')))
    checks.push([path.relative(process.cwd(), path.join(dist, 'manifest.xml')), validateBuiltManifest(dist)]);
  let failed = false;
  for (const [name, problems] of checks) {
    if (problems.length) {
      failed = true;
      process.stderr.write(`清单校验未通过 / manifest is not valid: ${name}\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    } else
      process.stdout.write(`清单校验通过 / manifest is valid (offline: XSD schemas, en-US overrides, resources, icons, https): ${name}\n`);
  }
  process.stdout.write('office-addin-manifest validate (the online service) is not run: it needs network access.\n');
  if (failed) process.exit(1);
}
