'use strict';
// Expect: failed
// Error: node:test: "outer > inner" failed
require('../common');
const assert = require('assert');
const { test } = require('node:test');
test('outer', async (t) => {
  await t.test('inner', () => assert.strictEqual('a', 'b'));
});
