'use strict';
// Node's test/common/tmpdir.js needs a file system: a test that uses it skips.
module.exports = require('./unavailable.js')('common/tmpdir', 'no file system in nano');
