/* Preloaded with `node -r`: records (to $NO_NETWORK_LOG) and refuses every attempt to reach the network. */
'use strict';
const fs = require('fs');
const net = require('net');
const dns = require('dns');
const http = require('http');
const https = require('https');
const log = (what) => fs.appendFileSync(process.env.NO_NETWORK_LOG, `${what}\n`);
const refuse = (what) => () => {
  log(what);
  throw new Error(`network use refused: ${what}`);
};
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
globalThis.fetch = refuse('fetch');
