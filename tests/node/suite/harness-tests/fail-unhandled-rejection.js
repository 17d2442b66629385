'use strict';
// Expect: failed
// Error: rejected and never handled
// Needs the runtime to report unhandled rejections (an "unhandledrejection"
// event on the global scope, or process 'unhandledRejection').
require('../common');
Promise.reject(new Error('rejected and never handled'));
