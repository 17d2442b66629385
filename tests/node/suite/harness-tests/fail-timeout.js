'use strict';
// Expect: failed
// Error: timed out
// An interval that keeps going: the harness stops at its deadline (the
// runner asks for ?timeout=2000 here).
// Query: ?timeout=2000
require('../common');
setInterval(() => {}, 50);
