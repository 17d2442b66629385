'use strict';
// Expect: skipped
const common = require('../common');
common.skip('skipped on purpose');
require('assert').fail('not reached');
