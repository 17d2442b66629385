// nano's stand-in for WPT's testharness.js, prepended (with the resources a
// test file names in its `// META: script=` lines) to each vendored WPT file
// by tests/wpt.rs, which runs the result through the C API (tests/c/js_suite.c
// --raw). The file's top level registers its tests; one request runs them in
// order and answers one line per test: "PASS\t<name>" or
// "FAIL\t<name>\t<message>". Written for nano from testharness.js's
// documented API (https://web-platform-tests.org/writing-tests/testharness-api.html):
// test, promise_test, async_test, the test object's step helpers and
// cleanups, and the assert_* functions the streams, encoding and compression
// suites use.

const __wptTests = [];
// A test taking longer than this fails (testharness's own default is 10 s).
const __WPT_TIMEOUT_MS = 5000;

function test(fn, name) {
  __wptTests.push({ kind: "sync", fn, name });
}
function promise_test(fn, name) {
  __wptTests.push({ kind: "promise", fn, name });
}
function async_test(fn, name) {
  if (typeof fn === "string") {
    // async_test(name): the test object is returned and driven by hand.
    throw new Error("async_test without a function is not supported by nano's harness");
  }
  __wptTests.push({ kind: "async", fn, name });
}
function setup() {}
function done() {}
const step_timeout = (fn, ms, ...args) => setTimeout(fn, ms, ...args);

class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = "AssertionError";
  }
}

class WptTest {
  constructor(name) {
    this.name = name;
    this.error = null;
    this.cleanups = [];
    this.finished = null; // async tests: resolves when done() is called
    this.resolveDone = null;
  }
  fail(e) {
    if (this.error === null) this.error = e;
    if (this.resolveDone) this.resolveDone();
  }
  step(fn, thisArg, ...args) {
    try {
      return fn.apply(thisArg, args);
    } catch (e) {
      this.fail(e);
      throw e;
    }
  }
  step_func(fn, thisArg) {
    return (...args) => this.step(fn, thisArg, ...args);
  }
  step_func_done(fn, thisArg) {
    return (...args) => {
      if (fn) this.step(fn, thisArg, ...args);
      this.done();
    };
  }
  unreached_func(message) {
    return () => this.fail(new AssertionError(`unreached: ${message}`));
  }
  step_timeout(fn, ms, ...args) {
    return setTimeout(() => {
      try {
        fn(...args);
      } catch (e) {
        this.fail(e);
      }
    }, ms);
  }
  add_cleanup(fn) {
    this.cleanups.push(fn);
  }
  done() {
    if (this.resolveDone) this.resolveDone();
  }
}

const __describe = (v) => {
  try {
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "symbol") return v.toString();
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (Array.isArray(v)) return `[${v.map(__describe).join(", ")}]`;
    if (typeof v === "object" && v !== null) return JSON.stringify(v) ?? String(v);
    return String(v);
  } catch {
    return "(unprintable)";
  }
};
const __fail = (message, description) => {
  throw new AssertionError(description ? `${description}: ${message}` : message);
};
const __same = (a, b) => Object.is(a, b);

function assert_true(actual, description) {
  if (actual !== true) __fail(`expected true, got ${__describe(actual)}`, description);
}
function assert_false(actual, description) {
  if (actual !== false) __fail(`expected false, got ${__describe(actual)}`, description);
}
function assert_equals(actual, expected, description) {
  if (!__same(actual, expected)) __fail(`expected ${__describe(expected)}, got ${__describe(actual)}`, description);
}
function assert_not_equals(actual, expected, description) {
  if (__same(actual, expected)) __fail(`got the disallowed value ${__describe(actual)}`, description);
}
function assert_in_array(actual, expected, description) {
  if (!expected.some((e) => __same(e, actual))) __fail(`${__describe(actual)} is not in ${__describe(expected)}`, description);
}
function assert_array_equals(actual, expected, description) {
  if (typeof actual !== "object" || actual === null) __fail(`expected an array-like, got ${__describe(actual)}`, description);
  if (actual.length !== expected.length) {
    __fail(`lengths differ: expected ${expected.length} (${__describe(expected)}), got ${actual.length} (${__describe(actual)})`, description);
  }
  for (let i = 0; i < expected.length; i++) {
    if (!__same(actual[i], expected[i])) {
      __fail(`index ${i}: expected ${__describe(expected[i])}, got ${__describe(actual[i])}`, description);
    }
  }
}
function assert_object_equals(actual, expected, description) {
  const check = (a, e, path, seen) => {
    if (typeof e !== "object" || e === null) {
      if (!__same(a, e)) __fail(`${path}: expected ${__describe(e)}, got ${__describe(a)}`, description);
      return;
    }
    if (seen.includes(e)) return;
    if (typeof a !== "object" || a === null) __fail(`${path}: expected an object, got ${__describe(a)}`, description);
    for (const key of Object.keys(e)) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) __fail(`${path}.${key} is missing`, description);
      check(a[key], e[key], `${path}.${key}`, [...seen, e]);
    }
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(e, key)) __fail(`${path}.${key} is unexpected`, description);
    }
  };
  check(actual, expected, "value", []);
}
function assert_less_than(actual, expected, description) {
  if (!(actual < expected)) __fail(`expected a number less than ${expected}, got ${__describe(actual)}`, description);
}
function assert_greater_than(actual, expected, description) {
  if (!(actual > expected)) __fail(`expected a number greater than ${expected}, got ${__describe(actual)}`, description);
}
function assert_less_than_equal(actual, expected, description) {
  if (!(actual <= expected)) __fail(`expected a number <= ${expected}, got ${__describe(actual)}`, description);
}
function assert_greater_than_equal(actual, expected, description) {
  if (!(actual >= expected)) __fail(`expected a number >= ${expected}, got ${__describe(actual)}`, description);
}
function assert_approx_equals(actual, expected, epsilon, description) {
  if (!(Math.abs(actual - expected) <= epsilon)) __fail(`expected ${expected} ± ${epsilon}, got ${__describe(actual)}`, description);
}
function assert_regexp_match(actual, re, description) {
  if (!re.test(actual)) __fail(`${__describe(actual)} does not match ${re}`, description);
}
function assert_class_string(object, expected, description) {
  const actual = Object.prototype.toString.call(object);
  if (actual !== `[object ${expected}]`) __fail(`expected [object ${expected}], got ${actual}`, description);
}
function assert_own_property(object, name, description) {
  if (!Object.prototype.hasOwnProperty.call(object, name)) __fail(`expected an own property ${String(name)}`, description);
}
function assert_not_own_property(object, name, description) {
  if (Object.prototype.hasOwnProperty.call(object, name)) __fail(`unexpected own property ${String(name)}`, description);
}
function assert_inherits(object, name, description) {
  if (Object.prototype.hasOwnProperty.call(object, name) || !(name in object)) {
    __fail(`expected ${String(name)} to be inherited`, description);
  }
}
function assert_implements(condition, description) {
  if (!condition) __fail("not implemented", description);
}
function assert_implements_optional(condition, description) {
  if (!condition) __fail("optional feature not implemented", description);
}
function assert_unreached(description) {
  __fail("reached unreachable code", description);
}
const __checkThrownJs = (e, Type, description) => {
  if (typeof e !== "object" || e === null) __fail(`expected a ${Type.name}, got ${__describe(e)}`, description);
  if (e.constructor !== Type || e.name !== Type.name) {
    __fail(`expected a ${Type.name}, got ${__describe(e)}`, description);
  }
};
function assert_throws_js(Type, fn, description) {
  try {
    fn();
  } catch (e) {
    __checkThrownJs(e, Type, description);
    return;
  }
  __fail(`expected a ${Type.name} to be thrown`, description);
}
function assert_throws_exactly(expected, fn, description) {
  try {
    fn();
  } catch (e) {
    if (!__same(e, expected)) __fail(`expected ${__describe(expected)} to be thrown, got ${__describe(e)}`, description);
    return;
  }
  __fail(`expected ${__describe(expected)} to be thrown`, description);
}
function assert_throws_dom(name, fn, description) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DOMException) || e.name !== name) __fail(`expected DOMException ${name}, got ${__describe(e)}`, description);
    return;
  }
  __fail(`expected DOMException ${name} to be thrown`, description);
}
function promise_rejects_js(t, Type, promise, description) {
  return Promise.resolve(promise).then(
    () => __fail(`expected a rejection with ${Type.name}`, description),
    (e) => __checkThrownJs(e, Type, description),
  );
}
function promise_rejects_exactly(t, expected, promise, description) {
  return Promise.resolve(promise).then(
    () => __fail(`expected a rejection with ${__describe(expected)}`, description),
    (e) => {
      if (!__same(e, expected)) __fail(`expected a rejection with ${__describe(expected)}, got ${__describe(e)}`, description);
    },
  );
}
// testharness's older form: the rejection is `expected`, or an error of
// the same name.
function promise_rejects(t, expected, promise, description) {
  return Promise.resolve(promise).then(
    () => __fail(`expected a rejection with ${__describe(expected)}`, description),
    (e) => {
      const sameName = typeof expected === "object" && expected !== null && e?.name === expected.name;
      if (!__same(e, expected) && !sameName) __fail(`expected a rejection with ${__describe(expected)}, got ${__describe(e)}`, description);
    },
  );
}
function promise_rejects_dom(t, name, promise, description) {
  return Promise.resolve(promise).then(
    () => __fail(`expected a rejection with DOMException ${name}`, description),
    (e) => {
      if (!(e instanceof DOMException) || e.name !== name) __fail(`expected DOMException ${name}, got ${__describe(e)}`, description);
    },
  );
}

async function __runTest(entry) {
  const t = new WptTest(entry.name);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      t.fail(new AssertionError(`timed out after ${__WPT_TIMEOUT_MS} ms`));
      resolve();
    }, __WPT_TIMEOUT_MS);
  });
  try {
    if (entry.kind === "sync") {
      entry.fn(t);
    } else if (entry.kind === "promise") {
      const result = entry.fn(t);
      if (result === undefined || typeof result.then !== "function") {
        throw new AssertionError("promise_test: the function did not return a promise");
      }
      await Promise.race([result, timeout]);
    } else {
      const finished = new Promise((resolve) => (t.resolveDone = resolve));
      t.step(entry.fn, t, t);
      await Promise.race([finished, timeout]);
    }
  } catch (e) {
    t.fail(e);
  } finally {
    clearTimeout(timer);
  }
  for (const cleanup of t.cleanups) {
    try {
      await cleanup();
    } catch (e) {
      t.fail(e);
    }
  }
  return t.error;
}

const __oneLine = (s) => String(s).replace(/[\t\n\r]+/g, " ");

export default {
  async fetch() {
    const lines = [];
    const names = new Set();
    for (const entry of __wptTests) {
      const name = __oneLine(entry.name ?? "(unnamed)");
      if (names.has(name)) {
        lines.push(`FAIL\t${name}\tduplicate test name`);
        continue;
      }
      names.add(name);
      const error = await __runTest(entry);
      lines.push(error === null ? `PASS\t${name}` : `FAIL\t${name}\t${__oneLine(error?.stack ?? __describe(error))}`);
    }
    return new Response(lines.join("\n") + "\n");
  },
};
