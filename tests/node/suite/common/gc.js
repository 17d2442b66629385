'use strict';
// Node's test/common/gc.js needs --expose-gc: a test that uses it skips.
module.exports = require('./unavailable.js')('common/gc', 'no --expose-gc in nano');
