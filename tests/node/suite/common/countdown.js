'use strict';
// nano's stand-in for Node's test/common/countdown.js: calls `cb` (a
// mustCall) once dec() has been called `limit` times.
const assert = require('assert');
const common = require('./index.js');

class Countdown {
  #limit;
  #callback;

  constructor(limit, cb) {
    assert.strictEqual(typeof limit, 'number');
    assert.strictEqual(typeof cb, 'function');
    this.#limit = limit;
    this.#callback = common.mustCall(cb);
  }

  dec() {
    assert(this.#limit > 0, 'Countdown expired');
    if (--this.#limit === 0) this.#callback();
    return this.#limit;
  }

  get remaining() {
    return this.#limit;
  }
}

module.exports = Countdown;
