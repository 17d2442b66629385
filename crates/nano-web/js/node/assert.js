// node:assert for nano. The comparisons are ./internal/comparisons.js, the
// error and its messages ./internal/assertion_error.js. One difference from
// Node: a failing assert.ok(value) without a message cannot quote the
// asserting source line (nano reads no source files), so its message is
// the one Node gives where it cannot either: "<inspected value> == true".
import { AssertionError } from "./internal/assertion_error.js";
import { isDeepEqual, isDeepStrictEqual } from "./internal/comparisons.js";
import { inspect, isURL } from "./internal/inspect.js";
import {
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isMap,
  isNativeError,
  isPromise,
  isRegExp,
  isSet,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} from "./util_types.js";
import { deprecate } from "./util.js";
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
  makeNodeError,
  validateFunction,
} from "./internal/errors.js";

const { apply, defineProperty, ownKeys } = Reflect;
const { keys: ObjectKeys, is: ObjectIs, assign: ObjectAssign } = Object;
const SafeError = Error;
const SafeString = String;
const SafeSet = Set;
const SafeWeakMap = WeakMap;
const NumberIsNaN = Number.isNaN;
const ArrayIsArray = Array.isArray;
const RegExpPrototypeExec = (re, str) => apply(RegExp.prototype.exec, re, [str]);
const ObjectPrototypeIsPrototypeOf = (proto, obj) => apply(Object.prototype.isPrototypeOf, proto, [obj]);

const ERR_AMBIGUOUS_ARGUMENT = makeNodeError(
  "ERR_AMBIGUOUS_ARGUMENT",
  TypeError,
  (name, reason) => `The "${name}" argument is ambiguous. ${reason}`,
);
const ERR_UNAVAILABLE_DURING_EXIT = makeNodeError(
  "ERR_UNAVAILABLE_DURING_EXIT",
  Error,
  "Cannot call function in process exit handler",
);
void ERR_UNAVAILABLE_DURING_EXIT;

const isError = (value) => isNativeError(value) || value instanceof SafeError;

// Marks "the function threw nothing" (undefined may be thrown).
const NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
  if (obj.message instanceof SafeError) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = "No value argument passed to `assert.ok()`";
    } else if (message == null) {
      // Node quotes the source of the call here; nano has no source to
      // read, and falls back to the generic "value == true" as Node does.
      generatedMessage = true;
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: "==", stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

/** assert(value[, message]): throws unless value is truthy. */
function assert(...args) {
  innerOk(assert, args.length, ...args);
}

/** assert.ok(value[, message]). */
function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const warnFailArguments = deprecate(
  () => {},
  "assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.",
  "DEP0094",
);

/** assert.fail([message]) (the legacy (actual, expected, message, operator, stackStartFn) warns). */
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = "Failed";
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    warnFailArguments();
    if (argsLen === 2) operator = "!=";
  }
  if (message instanceof SafeError) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? "fail" : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

/** assert.equal(actual, expected[, message]): == (NaN equals NaN). */
function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: "==", stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: "!=", stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: "deepEqual", stackStartFn: deepEqual });
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepEqual", stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notDeepStrictEqual", stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!ObjectIs(actual, expected)) innerFail({ actual, expected, message, operator: "strictEqual", stackStartFn: strictEqual });
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: "notStrictEqual", stackStartFn: notStrictEqual });
  }
}

// ---- partialDeepStrictEqual: `expected` is a part of `actual` ----

// Whether the elements of `expected` appear in `actual` in order (each
// matched by `same`), others possibly between them.
const isSubsequence = (actual, expected, same) => {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    while (j < actual.length && !same(actual[j], expected[i])) j++;
    if (j === actual.length) return false;
    j++;
  }
  return true;
};
const ObjectPrototypeToString = (value) => apply(Object.prototype.toString, value, []);
const propertyIsEnumerable = (obj, key) => apply(Object.prototype.propertyIsEnumerable, obj, [key]);

function isPartial(actual, expected, seen) {
  if (ObjectIs(actual, expected)) return true;
  if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) {
    return isDeepStrictEqual(actual, expected);
  }
  // Classes are compared by kind, not prototype: values of other realms match.
  if (ObjectPrototypeToString(actual) !== ObjectPrototypeToString(expected)) return false;
  if (isWeakMap(expected) || isWeakSet(expected)) return false;
  // A pair on the current path again: a cycle, assumed to match.
  let partners = seen.get(expected);
  if (partners?.has(actual)) return true;
  if (partners === undefined) seen.set(expected, (partners = new SafeSet()));
  partners.add(actual);
  try {
    if (isTypedArray(expected)) {
      if (!isTypedArray(actual)) return false;
      if (!isSubsequence(actual, expected, ObjectIs)) return false;
    } else if (isAnyArrayBuffer(expected)) {
      if (!isAnyArrayBuffer(actual)) return false;
      if (!isSubsequence(new Uint8Array(actual), new Uint8Array(expected), ObjectIs)) return false;
    } else if (isMap(expected)) {
      if (!isMap(actual)) return false;
      for (const [key, value] of expected) {
        if (actual.has(key)) {
          if (!isPartial(actual.get(key), value, seen)) return false;
          continue;
        }
        let found = false;
        for (const [k2, v2] of actual) {
          if (isPartial(k2, key, seen) && isPartial(v2, value, seen)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return true;
    } else if (isSet(expected)) {
      if (!isSet(actual)) return false;
      for (const value of expected) {
        if (actual.has(value)) continue;
        let found = false;
        for (const v2 of actual) {
          if (isPartial(v2, value, seen)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return true;
    } else if (ArrayIsArray(expected)) {
      if (!ArrayIsArray(actual)) return false;
      if (!isSubsequence(actual, expected, (a, e) => isPartial(a, e, seen))) return false;
      return true;
    } else if (isError(expected)) {
      if (actual.message !== expected.message || actual.name !== expected.name) return false;
    } else if (isURL(expected)) {
      if (!isURL(actual) || actual.href !== expected.href) return false;
    } else if (isDataView(expected) || isDate(expected) || isRegExp(expected) || isBoxedPrimitive(expected)) {
      if (!isDeepStrictEqual(actual, expected)) return false;
    }
    for (const key of ownKeys(expected)) {
      if (!propertyIsEnumerable(expected, key)) continue;
      if (ArrayIsArray(expected) && key === "length") continue;
      if (!(key in actual)) return false;
      if (!isPartial(actual[key], expected[key], seen)) return false;
    }
    return true;
  } finally {
    partners.delete(actual);
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS("actual", "expected");
  if (!isPartial(actual, expected, new SafeWeakMap())) {
    innerFail({ actual, expected, message, operator: "partialDeepStrictEqual", stackStartFn: partialDeepStrictEqual });
  }
}

// ---- throws / rejects ----

// A string value that a RegExp in a validation object matches.
const regExpMatches = (re, value) => typeof value === "string" && isRegExp(re) && RegExpPrototypeExec(re, value) !== null;

// What `expected` (in assert.throws(fn, expected)) shows for the keys
// compared: the values, with matched RegExps shown as what they matched.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && regExpMatches(obj[key], actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: "deepStrictEqual", stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== "function") {
    if (isRegExp(expected)) {
      const str = SafeString(actual);
      if (RegExpPrototypeExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== "object" || actual === null) {
      // A thrown primitive against a validation object.
      const err = new AssertionError({ actual, expected, message, operator: "deepStrictEqual", stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys (and an Error's name and
      // message) must deep-equal the thrown one's, or match its RegExp.
      const keys = ObjectKeys(expected);
      if (expected instanceof SafeError) keys.push("name", "message");
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE("error", expected, "may not be an empty object");
      for (const key of keys) {
        if (regExpMatches(expected[key], actual[key])) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (ObjectPrototypeIsPrototypeOf(SafeError, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) message += "an error with identical name but a different prototype.";
        else message += `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function must return true.
    const res = apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : "";
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, "fn");
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

const checkIsPromise = (obj) =>
  isPromise(obj) ||
  (obj !== null && typeof obj === "object" && typeof obj.then === "function" && typeof obj.catch === "function");

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === "function") {
    // A synchronous throw becomes a rejection.
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) throw new ERR_INVALID_RETURN_VALUE("instance of Promise", "promiseFn", resultPromise);
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE("promiseFn", ["Function", "Promise"], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === "string") {
    if (arguments.length === 4) throw new ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
    if (typeof actual === "object" && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT("error/message", `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT("error/message", `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== "object" && typeof error !== "function") {
    throw new ERR_INVALID_ARG_TYPE("error", ["Object", "Error", "Function", "RegExp"], error);
  }
  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = "";
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : ".";
    const fnType = stackStartFn === rejects ? "rejection" : "exception";
    const missing = `Missing expected ${fnType}${details}`;
    innerFail({ actual: undefined, expected: error, operator: stackStartFn.name, message: missing, stackStartFn });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== "function") {
    if (isRegExp(expected)) return RegExpPrototypeExec(expected, SafeString(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE("expected", ["Function", "RegExp"], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(SafeError, expected)) return false;
  return apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === "string") {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : ".";
    const fnType = stackStartFn === doesNotReject ? "rejection" : "exception";
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

/** assert.throws(fn[, error][, message]). */
function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

/** assert.rejects(asyncFn | promise[, error][, message]). */
async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

/** assert.ifError(value): throws (an AssertionError carrying value) unless value is null or undefined. */
function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = "ifError got unwanted exception: ";
    if (typeof err === "object" && typeof err.message === "string") {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: "ifError", message, stackStartFn: ifError });
    // The original error's frames follow the new ones, without repeats.
    const origStack = err.stack;
    if (typeof origStack === "string") {
      const origStackStart = origStack.indexOf("\n    at");
      if (origStackStart !== -1) {
        const originalFrames = origStack.slice(origStackStart + 1).split("\n");
        let newFrames = newErr.stack.split("\n");
        for (const errFrame of originalFrames) {
          const pos = newFrames.indexOf(errFrame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${newFrames.join("\n")}\n${originalFrames.join("\n")}`;
      }
    }
    throw newErr;
  }
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE("regexp", "RegExp", regexp);
  const match = fn === matchFn;
  if (typeof string !== "string" || (RegExpPrototypeExec(regexp, string) !== null) !== match) {
    if (message instanceof SafeError) throw message;
    const generatedMessage = !message;
    message =
      message ||
      (typeof string !== "string"
        ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
        : `The input ${match ? "did not match" : "was expected to not match"} the regular expression ` +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

const matchFn = function match(string, regexp, message) {
  internalMatch(string, regexp, message, matchFn);
};
const doesNotMatchFn = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatchFn);
};

// ---- CallTracker (deprecated in Node 20, DEP0173) ----

class CallTrackerImpl {
  // Every tracked function's record, and those not (yet) called as often
  // as expected.
  #all = new SafeSet();
  #pending = new SafeSet();
  #byFunction = new SafeWeakMap();

  calls(fn, exact = 1) {
    if (typeof fn === "number") {
      exact = fn;
      fn = () => {};
    } else if (fn === undefined) {
      fn = () => {};
    }
    validateFunction(fn, "fn");
    if (typeof exact !== "number") throw new ERR_INVALID_ARG_TYPE("exact", "number", exact);
    if (!Number.isInteger(exact)) throw new ERR_OUT_OF_RANGE("exact", "an integer", exact);
    if (exact < 1 || exact > 4294967295) throw new ERR_OUT_OF_RANGE("exact", ">= 1 && <= 4294967295", exact);
    const context = { exact, actual: 0, name: fn.name || "calls", stackTrace: new SafeError(), calls: [] };
    const pending = this.#pending;
    const proxy = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.actual++;
        context.calls.push({ thisArg, arguments: argList });
        if (context.actual === context.exact) pending.delete(context);
        if (context.actual === context.exact + 1) pending.add(context);
        return apply(target, thisArg, argList);
      },
    });
    this.#all.add(context);
    this.#pending.add(context);
    this.#byFunction.set(proxy, context);
    return proxy;
  }

  #contextOf(fn) {
    const context = (typeof fn === "function" || (typeof fn === "object" && fn !== null)) ? this.#byFunction.get(fn) : undefined;
    if (context === undefined) throw new ERR_INVALID_ARG_VALUE("fn", fn, "is not a tracked function");
    return context;
  }

  getCalls(fn) {
    return Object.freeze(
      this.#contextOf(fn).calls.map((call) =>
        Object.freeze({ thisArg: call.thisArg, arguments: Object.freeze([...call.arguments]) }),
      ),
    );
  }

  #resetContext(context) {
    context.actual = 0;
    context.calls = [];
    this.#pending.add(context);
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#all) this.#resetContext(context);
      return;
    }
    this.#resetContext(this.#contextOf(fn));
  }

  report() {
    const errors = [];
    for (const context of this.#pending) {
      const message =
        `Expected the ${context.name} function to be executed ${context.exact} time(s) but was ` +
        `executed ${context.actual} time(s).`;
      const stackLines = `${context.stackTrace.stack}`.split("\n");
      errors.push({
        message,
        actual: context.actual,
        expected: context.exact,
        operator: context.name,
        stack: stackLines.slice(1).join("\n"),
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : "Functions were not called the expected number of times";
    throw new AssertionError({ message, details: errors });
  }
}
const CallTracker = deprecate(CallTrackerImpl, "assert.CallTracker is deprecated.", "DEP0173");
defineProperty(CallTracker, "name", { __proto__: null, value: "CallTracker" });

// ---- The module object ----

const members = {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  partialDeepStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match: matchFn,
  doesNotMatch: doesNotMatchFn,
  CallTracker,
};
ObjectAssign(assert, members);

/** assert.strict: the same, with equal / deepEqual / notEqual / notDeepEqual strict. */
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
ObjectAssign(strict, members, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
strict.strict = strict;

export default assert;
export {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  partialDeepStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  matchFn as match,
  doesNotMatchFn as doesNotMatch,
  CallTracker,
  strict,
};
