'use strict';
// Expect: passed
// A chain of timers and promises: no moment is quiet until the end.
const common = require('../common');
(async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await null;
})().then(common.mustCall());
