'use strict';
// Expect: passed
// nano's node:test (the runner points require('node:test') at common/node_test.js).
const common = require('../common');
const assert = require('assert');
const { test, describe, it } = require('node:test');
const order = [];
test('sync', () => { order.push('sync'); });
test('async with subtests', async (t) => {
  await t.test('sub', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    order.push('sub');
  });
  order.push('async');
});
test('callback', (t, done) => { setTimeout(() => { order.push('callback'); done(); }, 5); });
test('skipped', { skip: true }, common.mustNotCall());
describe('suite', () => {
  it('a', () => order.push('a'));
  it('b', () => order.push('b'));
});
process.on('exit', () => assert.deepStrictEqual(order, ['sync', 'sub', 'async', 'callback', 'a', 'b']));
