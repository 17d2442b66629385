'use strict';

require('../common');
const assert = require('assert');

assert.strictEqual(require('util/types'), require('util').types);
