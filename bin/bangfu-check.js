#!/usr/bin/env node
'use strict';
// The CLI is built by `npm install` (the package's `prepare` script, `npm run build:cli`): one esbuild bundle,
// lib/bangfu-check.js, which also serves as the worker script of a batch. This file only starts it.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'lib', 'bangfu-check.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('bangfu-check 尚未编译：请先在项目目录运行 npm install（或 npm run build:cli）。\n' +
    'bangfu-check is not built yet: run npm install (or npm run build:cli) in the project folder.\n');
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
