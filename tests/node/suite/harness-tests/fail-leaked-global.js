'use strict';
// Expect: failed
// Error: Unexpected global\(s\) found: leakedByTest
require('../common');
globalThis.leakedByTest = 1;
