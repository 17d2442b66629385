'use strict';
// Expect: failed
// Error: Mismatched noop function calls\. Expected exactly 2, actual 1
const common = require('../common');
const f = common.mustCall(function noop() {}, 2);
setTimeout(f, 10);
