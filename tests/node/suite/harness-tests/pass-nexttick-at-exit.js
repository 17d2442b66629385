'use strict';
// Expect: passed
// Work queued by an 'exit' listener never runs.
const common = require('../common');
process.on('exit', () => process.nextTick(common.mustNotCall()));
