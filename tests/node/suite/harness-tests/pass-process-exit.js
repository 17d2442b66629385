'use strict';
// Expect: passed
// process.exit(0) ends the test: the timer never fires.
const common = require('../common');
setTimeout(common.mustNotCall(), 1000);
setTimeout(() => process.exit(0), 10);
