'use strict';
// Expect: failed
// Error: AssertionError
require('../common');
const assert = require('assert');
assert.strictEqual(1, 2);
