#!/usr/bin/env node
/**
 * npm run web: serves the built page (dist/web) on http://127.0.0.1:8080 (PORT to change), building it first
 * when it is missing. A plain static server: the page itself never sends a file anywhere.
 */
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..', 'dist', 'web');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

function serve(dir, port, host = '127.0.0.1') {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url || '/').split('?')[0]);
    const file = path.join(dir, url === '/' ? 'index.html' : url);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  if (!fs.existsSync(path.join(root, 'index.html')))
    execSync('npx webpack --mode production', { stdio: 'inherit', cwd: path.join(__dirname, '..') });
  const port = Number(process.env.PORT || 8080);
  serve(root, port).then(() => process.stdout.write(`帮扶资金校验网页版：http://127.0.0.1:${port}/  (Ctrl+C 结束)\n`));
}
