// assert's AssertionError and the messages it generates: for the strict
// comparisons a line diff (Myers' algorithm) of both values as inspect shows
// them, "+ actual - expected", unchanged runs folded after five lines.
import { inspect } from "./inspect.js";
import { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } from "./errors.js";

const SafeError = Error;
const SafeString = String;
const captureStackTrace = Error.captureStackTrace;
const { defineProperty, getPrototypeOf } = Reflect;

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: "Expected values to be strictly deep-equal:",
  partialDeepStrictEqual: "Expected values to be partially and strictly deep-equal:",
  strictEqual: "Expected values to be strictly equal:",
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: "Expected values to be loosely deep-equal:",
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: "Values have same structure but are not reference-equal:",
  notDeepEqualUnequal: "Expected values not to be loosely deep-equal:",
};

// Lines of unchanged output shown before a fold.
const kNopLinesToCollapse = 5;
// Inputs of up to this many characters (together) are shown as `a !== b`.
const kMaxShortStringLength = 12;
// The diff is quadratic in the worst case: larger inputs are refused.
const kMaxDiffLength = 2 ** 16;

// Both values as assert shows them: every level, every element, keys
// sorted, getters read, no custom inspectors.
export const inspectValue = (val) =>
  inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });

// An error as assert shows it: its own enumerable properties and message
// (and cause) on a fresh object of the same prototype, without the stack.
const copyError = (source) => {
  const target = Object.assign({ __proto__: getPrototypeOf(source) }, source);
  defineProperty(target, "message", { __proto__: null, value: source.message });
  if (Object.hasOwn(source, "cause")) {
    let { cause } = source;
    if (cause instanceof SafeError) cause = copyError(cause);
    defineProperty(target, "cause", { __proto__: null, value: cause });
  }
  return target;
};

// Lines equal, or equal but for a trailing comma (the last element of an
// object or array has none).
const linesEqual = (a, b, commaDisparity) => a === b || (commaDisparity && (`${a},` === b || a === `${b},`));

// Myers' O(ND) shortest edit script from `actual` to `expected` lines, as a
// list of [op, line] from the last line to the first ("insert": only in
// actual, "delete": only in expected, "nop": both).
export function myersDiff(actual, expected, commaDisparity = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > kMaxDiffLength) throw new ERR_OUT_OF_RANGE("myersDiff input size", `< ${kMaxDiffLength}`, max);
  const v = new Int32Array(2 * max + 1);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x = k === -d || (k !== d && v[i - 1] < v[i + 1]) ? v[i + 1] : v[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], commaDisparity)) {
        x++;
        y++;
      }
      v[i] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, commaDisparity);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, commaDisparity) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const result = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const i = k + max;
    const prevK = k === -d || (k !== d && v[i - 1] < v[i + 1]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      // Of two lines equal but for the comma, the one with it.
      const line = !commaDisparity || actual[x - 1].endsWith(",") ? actual[x - 1] : expected[y - 1];
      result.push(["nop", line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        result.push(["insert", actual[x - 1]]);
        x--;
      } else {
        result.push(["delete", expected[y - 1]]);
        y--;
      }
    }
  }
  return result;
}

// The diff as lines: "+ " actual only, "- " expected only, "  " both; a run
// of unchanged lines shows its first five and its last, "..." between.
function printMyersDiff(diff) {
  let message = "";
  let skipped = false;
  let nopCount = 0;
  for (let idx = diff.length - 1; idx >= 0; idx--) {
    const [op, line] = diff[idx];
    const previous = idx < diff.length - 1 ? diff[idx + 1][0] : null;
    if (previous === "nop" && op !== "nop") {
      if (nopCount === kNopLinesToCollapse + 1) {
        message += `  ${diff[idx + 1][1]}\n`;
      } else if (nopCount === kNopLinesToCollapse + 2) {
        message += `  ${diff[idx + 2][1]}\n  ${diff[idx + 1][1]}\n`;
      } else if (nopCount >= kNopLinesToCollapse + 3) {
        message += `...\n  ${diff[idx + 1][1]}\n`;
        skipped = true;
      }
      nopCount = 0;
    }
    if (op === "insert") {
      message += `+ ${line}\n`;
    } else if (op === "delete") {
      message += `- ${line}\n`;
    } else {
      if (nopCount < kNopLinesToCollapse) message += `  ${line}\n`;
      nopCount++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

const checkOperator = (actual, expected, operator) => {
  if (
    operator === "strictEqual" &&
    ((typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null) ||
      (typeof actual === "function" && typeof expected === "function"))
  ) {
    return "strictEqualObject";
  }
  return operator;
};

function createErrDiff(actual, expected, operator, customMessage) {
  operator = checkOperator(actual, expected, operator);
  let skipped = false;
  let message;
  let header = "+ actual - expected";
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split("\n");
  const expectedLines = inspectedExpected.split("\n");
  const simple =
    actualLines.length === 1 &&
    expectedLines.length === 1 &&
    (typeof actual !== "object" || actual === null || typeof expected !== "object" || expected === null);
  if (simple) {
    let length = actualLines[0].length + expectedLines[0].length;
    if (typeof actual === "string") length -= 2;
    if (typeof expected === "string") length -= 2;
    if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      message = `${actualLines[0]} !== ${expectedLines[0]}`;
      header = "";
    } else {
      message = `\n+ ${actualLines[0]}\n- ${expectedLines[0]}`;
      // Short enough for a terminal line: a caret under the first difference.
      if (operator !== "strictEqualObject" && actualLines[0].length + expectedLines[0].length < 80) {
        const a = actualLines[0];
        const b = expectedLines[0];
        let i = 0;
        while (i < a.length && i < b.length && a[i] === b[i]) i++;
        if (i > 2) message += `\n  ${" ".repeat(i)}^`;
      }
    }
  } else if (inspectedActual === inspectedExpected) {
    // Different values that look the same.
    operator = "notIdentical";
    const lines = actualLines;
    if (lines.length > 50) {
      lines[46] = "...";
      lines.length = 47;
    }
    message = lines.join("\n");
    header = "";
  } else {
    const diff = myersDiff(actualLines, expectedLines, actual != null && typeof actual === "object");
    const printed = printMyersDiff(diff);
    message = printed.message;
    skipped = printed.skipped;
  }
  const headerMessage = `${customMessage ?? kReadableOperator[operator]}\n${header}`;
  return `${headerMessage}${skipped ? "\n... Skipped lines" : ""}\n${message}\n`;
}

// Strings longer than ten lines or 512 characters are cut for inspect
// (Node keeps the tail past 512 characters).
const addEllipsis = (string) => {
  const lines = string.split("\n", 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join("\n")}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
};

export class AssertionError extends SafeError {
  constructor(options) {
    if (typeof options !== "object" || options === null) throw new ERR_INVALID_ARG_TYPE("options", "Object", options);
    const { message, operator, details } = options;
    // stackStartFunction: the option's older name.
    const stackStartFn = options.stackStartFn ?? options.stackStartFunction;
    let { actual, expected } = options;

    if (message != null) {
      if (operator === "deepStrictEqual" || operator === "strictEqual" || operator === "partialDeepStrictEqual") {
        super(createErrDiff(actual, expected, operator, SafeString(message)));
      } else {
        super(SafeString(message));
      }
    } else {
      // Errors inspect through copies (their getters ran once already).
      if (
        typeof actual === "object" &&
        actual !== null &&
        typeof expected === "object" &&
        expected !== null &&
        "stack" in actual &&
        actual instanceof SafeError &&
        "stack" in expected &&
        expected instanceof SafeError
      ) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === "deepStrictEqual" || operator === "strictEqual" || operator === "partialDeepStrictEqual") {
        super(createErrDiff(actual, expected, operator));
      } else if (operator === "notDeepStrictEqual" || operator === "notStrictEqual") {
        // Equal values where unequal ones were wanted: one of them is shown.
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split("\n");
        if (operator === "notStrictEqual" && ((typeof actual === "object" && actual !== null) || typeof actual === "function")) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length > 50) {
          res[46] = "...";
          while (res.length > 47) res.pop();
        }
        if (res.length === 1) super(`${base}${res[0].length > 5 ? "\n\n" : " "}${res[0]}`);
        else super(`${base}\n\n${res.join("\n")}\n`);
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === "notDeepEqual" && res === other) {
          res = `${knownOperator}\n\n${res}`;
          if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
          super(res);
        } else {
          if (res.length > 512) res = `${res.slice(0, 509)}...`;
          if (other.length > 512) other = `${other.slice(0, 509)}...`;
          if (operator === "deepEqual") {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const newOp = kReadableOperator[`${operator}Unequal`];
            if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            else other = ` ${operator} ${other}`;
          }
          super(`${res}${other}`);
        }
      }
    }

    this.generatedMessage = !message;
    const name = "AssertionError [ERR_ASSERTION]";
    defineProperty(this, "name", { __proto__: null, value: name, enumerable: false, writable: true, configurable: true });
    this.code = "ERR_ASSERTION";
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (captureStackTrace) captureStackTrace(this, stackStartFn || new.target);
    // The stack says "AssertionError [ERR_ASSERTION]"; the name is plain.
    void this.stack;
    this.name = "AssertionError";
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long strings are cut, and the values shown one level deep: the
    // message already holds both.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === "string") this.actual = addEllipsis(this.actual);
    if (typeof this.expected === "string") this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}
