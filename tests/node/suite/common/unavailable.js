'use strict';
// What nano's harness gives for Node's test/common helpers that need a file
// system, child processes, or V8 flags (tmpdir, child_process, gc, ...):
// using any of them skips the test.
const common = require('./index.js');

module.exports = function unavailable(what, reason) {
  const skip = () => common.skip(`${what}: ${reason}`);
  return new Proxy({}, {
    get(target, prop) {
      if (typeof prop === 'symbol' || prop === 'then' || prop === '__esModule') return undefined;
      skip();
    },
  });
};
