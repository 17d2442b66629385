'use strict';
// Expect: skipped
// Node's test/common helpers that need a file system skip the test.
require('../common');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
