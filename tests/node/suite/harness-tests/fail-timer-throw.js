'use strict';
// Expect: failed
// Error: boom in a timer
require('../common');
setTimeout(() => { throw new Error('boom in a timer'); }, 10);
