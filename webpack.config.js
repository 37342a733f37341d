/**
 * One build for every browser front (the yo-office shape): the web page for WPS offices (dist/web), and the
 * Excel add-in's task pane and commands (dist/) when their sources are present. `npm run build` needs no
 * certificates and no network; only `npm run dev-server` serves https on localhost:3000 with dev certs.
 * Production: ADDIN_BASE_URL=https://addins.example.gov.cn/bangfu/ npm run build — dist/manifest.xml then
 * points there and nowhere else (scripts/addin-urls.js); `npm run validate` checks it against dist/.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { addinBaseUrl, productionManifest } = require('./scripts/addin-urls');

/**
 * help.html (issue 11): every rule's name, code, severity, plan sentence, example and fix, in zh-CN and en-US, made
 * from the rule catalog (src/core/render/help.ts) at the root of dist/ (the manifest's SupportUrl and LearnMoreUrl,
 * the pane's link) and of dist/web/ (the page's link).
 */
function helpPage() {
  const { renderHelpHtml } = require('tsx/cjs/api').require('./src/core/render/help.ts', path.join(__dirname, 'webpack.config.js'));
  return new HtmlWebpackPlugin({ filename: 'help.html', templateContent: renderHelpHtml(), inject: false, chunks: [] });
}

const exists = (p) => fs.existsSync(path.join(__dirname, p));

const HELP_PLACEHOLDER = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>帮扶资金校验 · 规则说明</title>
  </head>
  <body style="margin: 0 auto; max-width: 760px; padding: 16px; font-family: 'Segoe UI', 'Microsoft YaHei', sans-serif">
    <main id="help"></main>
  </body>
</html>`;

function common(mode) {
  return {
    mode,
    devtool: mode === 'production' ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: {
                module: 'esnext',
                moduleResolution: 'bundler',
                target: 'es2020',
                jsx: 'react-jsx',
                noEmit: false,
                sourceMap: mode !== 'production',
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || 'production';
  const configs = [];
  const prod = addinBaseUrl();
  if (mode === 'production' && prod.placeholder)
    console.warn(
      `ADDIN_BASE_URL is not set: dist/manifest.xml points to ${prod.base} (set it to the https address the files are served from).`,
    );

  if (exists('src/web/index.tsx')) {
    configs.push({
      ...common(mode),
      name: 'web',
      entry: { web: './src/web/index.tsx' },
      output: { path: path.join(__dirname, 'dist/web'), filename: '[name].[contenthash:8].js', publicPath: '', clean: true },
      plugins: [
        new HtmlWebpackPlugin({ template: './src/web/index.html', filename: 'index.html', chunks: ['web'] }),
        helpPage(),
        new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-64.png', to: 'icon.png', noErrorOnMissing: true }] }),
      ],
    });
  }

  if (exists('src/taskpane/index.tsx')) {
    const entry = { taskpane: './src/taskpane/index.tsx' };
    if (exists('src/commands/commands.ts')) entry.commands = './src/commands/commands.ts';
    const plugins = [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      helpPage(),
    ];
    if (entry.commands)
      plugins.push(new HtmlWebpackPlugin({ template: './src/commands/commands.html', filename: 'commands.html', chunks: ['commands'] }));
    // The manifest's SupportUrl and LearnMoreUrl: help.html. Until the real help page has its own build entry,
    // a plain page listing every rule from the catalog stands in for it.
    if (!plugins.some((p) => p.userOptions && p.userOptions.filename === 'help.html') && exists('src/taskpane/help-placeholder.ts')) {
      entry.help = './src/taskpane/help-placeholder.ts';
      plugins.push(new HtmlWebpackPlugin({ templateContent: HELP_PLACEHOLDER, filename: 'help.html', chunks: ['help'] }));
    }
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) => (mode === 'production' ? productionManifest(content.toString(), prod.base) : content),
          },
        ],
      }),
    );
    const addin = {
      ...common(mode),
      name: 'addin',
      entry,
      output: { path: path.join(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: { keep: /^web\// } },
      plugins,
    };
    if (env.WEBPACK_SERVE) {
      // Only the dev server needs certificates (npx office-addin-dev-certs install, once).
      const devCerts = require('office-addin-dev-certs');
      addin.devServer = {
        hot: true,
        headers: { 'Access-Control-Allow-Origin': '*' },
        server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
        port: 3000,
      };
    }
    configs.push(addin);
  }

  if (env.e2e && exists('test/sim/browser.ts')) {
    configs.push({
      ...common('development'),
      name: 'sim',
      entry: { sim: './test/sim/browser.ts' },
      output: { path: path.join(__dirname, 'dist-e2e'), filename: '[name].js' },
    });
  }
  return configs;
};
