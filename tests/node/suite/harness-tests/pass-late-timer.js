'use strict';
// Expect: passed
// The harness waits for a pending timer before the exit checks.
const common = require('../common');
setTimeout(common.mustCall(), 300);
