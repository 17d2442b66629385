'use strict';
// Node's test/common/child_process.js spawns processes: a test that uses it skips.
module.exports = require('./unavailable.js')('common/child_process', 'no child processes in nano');
