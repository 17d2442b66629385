'use strict';
// Expect: passed
require('../common');
const assert = require('assert');
assert.strictEqual(1 + 1, 2);
