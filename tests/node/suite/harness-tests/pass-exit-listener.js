'use strict';
// Expect: passed
// process 'exit' listeners run after the work settled, as in Node.
require('../common');
const assert = require('assert');
let fired = false;
setTimeout(() => { fired = true; }, 50);
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(fired, true);
});
