'use strict';
// nano's stand-in for Node's test/common/fixtures.js. There is no file system:
// the runner hands the fixtures a test needs to the harness (entry.mjs reads
// them from test.js's `fixtures` export: path under test/fixtures -> a string
// for UTF-8 text, or { base64 } for bytes), and readSync()/readKey() serve
// them from there. path() and fileURL() only build names.
const common = require('./index.js');

const fixturesDir = '/node_test/fixtures';

function join(...parts) {
  const out = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function fixturesPath(...args) {
  return join(fixturesDir, ...args);
}

function fixturesFileURL(...args) {
  return new URL(`file://${encodeURI(fixturesPath(...args))}`);
}

function readFixtureSync(args, enc) {
  const full = Array.isArray(args) ? fixturesPath(...args) : fixturesPath(args);
  const name = full.slice(fixturesDir.length + 1);
  const map = common.__fixtures;
  if (map == null || !Object.prototype.hasOwnProperty.call(map, name)) {
    const err = new Error(`ENOENT: no such file or directory, open '${full}' ` +
                          '(fixture not bundled by the runner)');
    err.code = 'ENOENT';
    err.errno = -2;
    err.syscall = 'open';
    err.path = full;
    throw err;
  }
  const entry = map[name];
  const { Buffer } = require('buffer');
  const buf = typeof entry === 'string' ? Buffer.from(entry, 'utf8') : Buffer.from(entry.base64, 'base64');
  return enc == null ? buf : buf.toString(typeof enc === 'object' ? enc.encoding : enc);
}

function readFixtureKey(name, enc) {
  return readFixtureSync(['keys', name], enc);
}

function readFixtureKeys(enc, ...names) {
  return names.map((name) => readFixtureKey(name, enc));
}

// The text of test/fixtures/utf8_test_text.txt, bundled by the runner.
module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL: fixturesFileURL,
  readSync: readFixtureSync,
  readKey: readFixtureKey,
  readKeys: readFixtureKeys,
  get utf8TestText() {
    return readFixtureSync('utf8_test_text.txt', 'utf8');
  },
  get utf8TestTextPath() {
    return fixturesPath('utf8_test_text.txt');
  },
};
