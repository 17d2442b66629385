'use strict';
// Expect: failed
// Error: Mismatched noop function calls\. Expected exactly 1, actual 0
const common = require('../common');
common.mustCall();
