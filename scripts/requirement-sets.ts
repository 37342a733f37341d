/**
 * Which Excel requirement set every Office.js API the add-in calls needs, and whether the call is guarded.
 * The table of API → requirement set is the one Microsoft publishes in the Office.js type definitions
 * (`[Api set: ExcelApi 1.x]` on each member of @types/office-js), plus the few members it leaves unmarked
 * (SUPPLEMENT). A call is guarded when it sits in the true branch of a test `supportsExcelApi('1.x')` or
 * `isSetSupported('ExcelApi', '1.x')` of at least its set.
 * Usage: npx tsx scripts/requirement-sets.ts — prints every use, the highest unguarded set, and the problems.
 */
import { readdirSync } from 'fs';
import path from 'path';
import ts from 'typescript';

const root = path.join(__dirname, '..');

/** Members the type definitions leave without an API set, from the Office.js reference pages. */
export const SUPPLEMENT: Record<string, string> = {
  // Excel.RunOptions.delayForCellEdit: "ExcelApi 1.11" (docs: Excel.RunOptions interface).
  'RunOptions.delayForCellEdit': '1.11',
};

export interface ApiUse {
  /** Class.member as the type definitions name it, e.g. Range.getMergedAreasOrNullObject. */
  api: string;
  /** The ExcelApi version it needs. */
  set: string;
  file: string;
  line: number;
  /** The highest version of the supportsExcelApi / isSetSupported tests around the call, if any. */
  guard?: string;
}

/** "1.9" < "1.13". */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

const GUARD = /(?:supportsExcelApi\(\s*|isSetSupported\(\s*['"]ExcelApi['"]\s*,\s*)['"](\d+\.\d+)['"]/g;

/** The highest version tested by guards whose true branch holds `node`. */
function guardOf(node: ts.Node): string | undefined {
  let best: string | undefined;
  const consider = (cond: ts.Node) => {
    for (const m of cond.getText().matchAll(GUARD)) if (!best || compareVersions(m[1], best) > 0) best = m[1];
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) consider(parent.expression);
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) consider(parent.condition);
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child)
      consider(parent.left);
  }
  return best;
}

/** The ExcelApi set in a symbol's documentation, and the name Class.member. */
function apiOf(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): { api: string; set?: string } | undefined {
  if (!symbol) return undefined;
  const decl = symbol.declarations?.[0];
  if (!decl || !/[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName)) return undefined;
  const owner = (decl.parent as { name?: ts.Node }).name?.getText() ?? '';
  const api = owner ? `${owner}.${symbol.getName()}` : symbol.getName();
  const docs = symbol
    .getJsDocTags(checker)
    .map((t) => ts.displayPartsToString(t.text))
    .join('\n');
  const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(docs)?.[1] ?? SUPPLEMENT[api];
  return { api, set };
}

/**
 * Every Office.js member with an ExcelApi set used in `files`. `overrides` replaces a file's text (a temporary
 * copy with a change), so the scan can be shown to fail without touching the sources.
 */
export function scanRequirementSets(files: string[], overrides: ReadonlyMap<string, string> = new Map()): ApiUse[] {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => overrides.get(path.resolve(f)) ?? read(f);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, onError, fresh) => {
    const text = overrides.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSource(f, lang, onError, fresh);
  };
  const program = ts.createProgram(
    files.map((f) => path.resolve(f)),
    options,
    host,
  );
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(path.resolve(file));
    if (!sf) throw new Error(`not in the program: ${file}`);
    const record = (node: ts.Node, found: { api: string; set?: string } | undefined) => {
      if (!found?.set) return;
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      uses.push({ api: found.api, set: found.set, file: path.relative(root, sf.fileName), line, guard: guardOf(node) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(node, apiOf(checker.getSymbolAtLocation(node.name), checker));
      else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const type = checker.getContextualType(node.parent);
        const prop = type && ts.isIdentifier(node.name) ? checker.getPropertyOfType(type, node.name.text) : undefined;
        record(node, apiOf(prop, checker));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** Uses above `declared` that no guard of at least their set protects. */
export function unguarded(uses: readonly ApiUse[], declared: string): ApiUse[] {
  return uses.filter((u) => compareVersions(u.set, declared) > 0 && (!u.guard || compareVersions(u.guard, u.set) < 0));
}

/** The highest set any unguarded use needs: the minimum the manifest must declare. */
export function trueMinimum(uses: readonly ApiUse[]): string {
  return uses.filter((u) => !u.guard).reduce((m, u) => (compareVersions(u.set, m) > 0 ? u.set : m), '1.1');
}

/** The add-in's code that runs in Excel. */
export function addinFiles(): string[] {
  const dir = (d: string) =>
    readdirSync(path.join(root, d))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(root, d, f));
  return [...dir('src/hosts/excel'), ...dir('src/commands'), path.join(root, 'src/taskpane/App.tsx')];
}

if (require.main === module) {
  const uses = scanRequirementSets(addinFiles());
  for (const u of uses)
    process.stdout.write(`${u.set.padEnd(5)} ${u.api.padEnd(48)} ${u.file}:${u.line}${u.guard ? ` (guarded ${u.guard})` : ''}\n`);
  process.stdout.write(`highest unguarded ExcelApi: ${trueMinimum(uses)}\n`);
}
