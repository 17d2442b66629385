'use strict';
// Expect: failed
// Error: checked at exit
require('../common');
process.on('exit', () => { throw new Error('checked at exit'); });
