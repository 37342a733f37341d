/**
 * Sideloading as the yo-office template does it: `npm start`, `npm run start:web -- --document URL` and `npm stop`
 * run office-addin-debugging from node_modules (pinned, never fetched by npx), with an office-addin-dev-certs it
 * accepts, and package.json's `config` block tells it the app, desktop or web, and the port.
 */
import { accessSync, constants, existsSync, readFileSync } from 'fs';
import { execFileSync } from 'child_process';
import os from 'os';
import path from 'path';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  config: Record<string, unknown>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
/** `version` within a caret range `^X.Y.Z` (all office-addin-debugging uses). */
function withinCaret(version: string, range: string): boolean {
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!m) throw new Error(`not a caret range: ${range}`);
  const [a, b] = [version.split('.').map(Number), m.slice(1).map(Number)];
  return a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2]));
}
const installed = (name: string) =>
  JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };

describe('npm start, start:web, stop', () => {
  it.each(['start', 'start:desktop', 'start:web', 'stop'])('%s runs a pinned tool from node_modules/.bin, not npx', (script) => {
    const command = pkg.scripts[script];
    expect(command).toMatch(/^office-addin-debugging (start|stop) manifest\.xml/);
    const tool = command.split(' ')[0];
    const bin = path.join(root, 'node_modules', '.bin', tool);
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(pkg.devDependencies[tool]).toBe(installed(tool).version);
  });

  it('start:web takes the document after --, and the config block names Excel, desktop and port 3000', () => {
    expect(pkg.scripts['start:web']).toBe('office-addin-debugging start manifest.xml web');
    expect(pkg.config).toEqual({ app_to_debug: 'excel', app_type_to_debug: 'desktop', dev_server_port: 3000 });
    expect(pkg.scripts['dev-server']).toMatch(/^webpack serve/);
  });

  it('office-addin-debugging and office-addin-dev-certs are a pair that works together, with no second copy', () => {
    const wanted = installed('office-addin-debugging').dependencies!['office-addin-dev-certs'];
    expect(pkg.devDependencies['office-addin-dev-certs']).toBe(installed('office-addin-dev-certs').version);
    expect(withinCaret(installed('office-addin-dev-certs').version, wanted)).toBe(true);
    expect(existsSync(path.join(root, 'node_modules/office-addin-debugging/node_modules/office-addin-dev-certs'))).toBe(false);
  });

  it('office-addin-debugging answers without the network', () => {
    const log = path.join(os.tmpdir(), `bangfu-no-network-${process.pid}.log`);
    const out = execFileSync(
      process.execPath,
      [
        '-r',
        path.join(root, 'test/helpers/no-network.js'),
        path.join(root, 'node_modules/office-addin-debugging/cli.js'),
        'start',
        '--help',
      ],
      { env: { ...process.env, NO_NETWORK_LOG: log }, encoding: 'utf8' },
    );
    expect(out).toContain('--document <document>');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('declares what the source imports: @fluentui/react-icons at a pinned version', () => {
    expect(pkg.dependencies['@fluentui/react-icons']).toBe(installed('@fluentui/react-icons').version);
  });
});
