'use strict';
// Expect: passed
// fixtures.readSync() serves what the runner bundled into test.js.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const vectors = JSON.parse(fixtures.readSync('pss-vectors.json', 'utf8'));
assert.strictEqual(typeof vectors, 'object');
assert.strictEqual(fixtures.readSync('person.jpg').length, 45658);
assert.match(fixtures.readKey('rsa_private.pem', 'ascii'), /BEGIN RSA PRIVATE KEY/);
