// Node's errors with a `code` (`ERR_INVALID_ARG_TYPE`, ...): the class of
// the error (TypeError, RangeError, ...), the code as an own property, and
// `name [code]: message` at the head of the stack, as Node prints them.
// Every node module throws through these, so code that tests `err.code`
// (as Node's own tests and many packages do) sees what it would in Node.

const { defineProperty } = Reflect;
const SafeError = Error;
const captureStackTrace = Error.captureStackTrace;

// util.inspect, once node:util has loaded (it imports this module).
let inspectValue = null;
export const setErrorInspect = (fn) => {
  inspectValue = fn;
};

// `value` described as Node's messages describe a received argument.
export const describeReceived = (value) => {
  if (value == null) return ` Received ${value}`;
  if (typeof value === "function") return ` Received function ${value.name}`;
  if (typeof value === "object") {
    const name = value.constructor?.name;
    if (name) return ` Received an instance of ${name}`;
    return ` Received ${inspectValue === null ? typeof value : inspectValue(value, { depth: -1 })}`;
  }
  let shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  if (typeof value === "bigint") shown += "n";
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  if (typeof value === "string") shown = `'${shown.slice(1, -1)}'`;
  return ` Received type ${typeof value} (${shown})`;
};

// A class for errors of `code`, a subclass of `Base`, whose message is
// `message(...args)` (or `message` itself when a string).
export const makeNodeError = (code, Base, message) => {
  const cls = class extends Base {
    constructor(...args) {
      super(typeof message === "function" ? message(...args) : message);
      defineProperty(this, "code", { value: code, writable: true, enumerable: true, configurable: true });
      const name = Base.prototype.name;
      // The stack names the code; `name` stays the class's (Node's shape).
      defineProperty(this, "name", { value: `${name} [${code}]`, writable: true, configurable: true });
      if (captureStackTrace) captureStackTrace(this, cls);
      void this.stack;
      delete this.name;
    }
    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  defineProperty(cls, "name", { value: Base.name });
  return cls;
};

const typeList = (expected) => {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const e of list) {
    if (["string", "number", "bigint", "boolean", "symbol", "undefined", "object", "function"].includes(e.toLowerCase())) {
      types.push(e.toLowerCase());
    } else if (/^[A-Z]/.test(e)) {
      instances.push(e);
    } else {
      other.push(e);
    }
  }
  const join = (items, word) =>
    items.length < 3 ? items.join(` ${word} `) : `${items.slice(0, -1).join(", ")}, ${word} ${items[items.length - 1]}`;
  const parts = [];
  if (types.length > 0) parts.push(`${types.length > 1 ? "one of type" : "of type"} ${join(types, "or")}`);
  if (instances.length > 0) parts.push(`an instance of ${join(instances, "or")}`);
  if (other.length > 0) parts.push(join(other, "or"));
  return parts.join(" or ");
};

export const ERR_INVALID_ARG_TYPE = makeNodeError("ERR_INVALID_ARG_TYPE", TypeError, (name, expected, actual) => {
  const what = name.endsWith(" argument") ? name : `"${name}" ${name.includes(".") ? "property" : "argument"}`;
  return `The ${what} must be ${typeList(expected)}.${describeReceived(actual)}`;
});
export const ERR_INVALID_ARG_VALUE = makeNodeError("ERR_INVALID_ARG_VALUE", TypeError, (name, value, reason = "is invalid") => {
  let shown = typeof value === "string" ? `'${value}'` : String(value);
  try {
    if (typeof value === "object" && value !== null) shown = JSON.stringify(value);
  } catch {
    // Shown as a string.
  }
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes(".") ? "property" : "argument"} '${name}' ${reason}. Received ${shown}`;
});
export const ERR_OUT_OF_RANGE = makeNodeError("ERR_OUT_OF_RANGE", RangeError, (name, range, received) => {
  let shown = typeof received === "bigint" ? `${received}n` : String(received);
  if (Number.isInteger(received) && Math.abs(received) > 2 ** 32) shown = addUnderscores(String(received));
  if (typeof received === "bigint" && (received > 2n ** 32n || received < -(2n ** 32n))) {
    shown = `${addUnderscores(String(received))}n`;
  }
  return `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`;
});
const addUnderscores = (digits) => {
  let out = "";
  let i = digits.length;
  const start = digits[0] === "-" ? 1 : 0;
  for (; i >= start + 4; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return `${digits.slice(0, i)}${out}`;
};
export const ERR_MISSING_ARGS = makeNodeError("ERR_MISSING_ARGS", TypeError, (...names) => {
  const quoted = names.map((n) => `"${n}"`);
  const list = quoted.length < 3 ? quoted.join(" and ") : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return `The ${list} argument${names.length > 1 ? "s" : ""} must be specified`;
});
export const ERR_INVALID_RETURN_VALUE = makeNodeError(
  "ERR_INVALID_RETURN_VALUE",
  TypeError,
  (input, name, value) => `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value).slice(10)}.`,
);
export const ERR_UNKNOWN_ENCODING = makeNodeError("ERR_UNKNOWN_ENCODING", TypeError, (name) => `Unknown encoding: ${name}`);
export const ERR_INVALID_THIS = makeNodeError("ERR_INVALID_THIS", TypeError, (type) => `Value of "this" must be of type ${type}`);
export const ERR_ILLEGAL_CONSTRUCTOR = makeNodeError("ERR_ILLEGAL_CONSTRUCTOR", TypeError, "Illegal constructor");
export const ERR_UNHANDLED_ERROR = makeNodeError("ERR_UNHANDLED_ERROR", Error, (err = undefined) =>
  err === undefined ? "Unhandled error." : `Unhandled error. (${typeof err === "string" ? `'${err}'` : String(err)})`,
);
export const ERR_METHOD_NOT_IMPLEMENTED = makeNodeError(
  "ERR_METHOD_NOT_IMPLEMENTED",
  Error,
  (name) => `The ${name} method is not implemented`,
);
export const ERR_FALSY_VALUE_REJECTION = makeNodeError("ERR_FALSY_VALUE_REJECTION", Error, "Promise was rejected with falsy value");
export const ERR_INVALID_URL = makeNodeError("ERR_INVALID_URL", TypeError, "Invalid URL");
export const ERR_INVALID_FILE_URL_PATH = makeNodeError("ERR_INVALID_FILE_URL_PATH", TypeError, (why) => `File URL path ${why}`);
export const ERR_INVALID_FILE_URL_HOST = makeNodeError(
  "ERR_INVALID_FILE_URL_HOST",
  TypeError,
  (platform) => `File URL host must be "localhost" or empty on ${platform}`,
);
export const ERR_INVALID_URL_SCHEME = makeNodeError("ERR_INVALID_URL_SCHEME", TypeError, (scheme) => `The URL must be of scheme ${scheme}`);
export const ERR_BUFFER_OUT_OF_BOUNDS = makeNodeError("ERR_BUFFER_OUT_OF_BOUNDS", RangeError, (name = undefined) =>
  name ? `"${name}" is outside of buffer bounds` : "Attempt to access memory outside buffer bounds",
);
export const ERR_INVALID_BUFFER_SIZE = makeNodeError("ERR_INVALID_BUFFER_SIZE", RangeError, (what) => `Buffer size must be a multiple of ${what}`);
export const ERR_STRING_TOO_LONG = makeNodeError("ERR_STRING_TOO_LONG", Error, "Cannot create a string longer than 0x1fffffe8 characters");
export const ERR_ASYNC_CALLBACK = makeNodeError("ERR_ASYNC_CALLBACK", TypeError, (name) => `${name} must be a function`);
export const ERR_ASYNC_TYPE = makeNodeError("ERR_ASYNC_TYPE", TypeError, (type) => `Invalid name for async "type": ${type}`);
export const ERR_INVALID_ASYNC_ID = makeNodeError("ERR_INVALID_ASYNC_ID", RangeError, (type, id) => `Invalid ${type} value: ${id}`);

// Node's AbortError (`name` "AbortError", `code` "ABORT_ERR").
export class AbortError extends SafeError {
  constructor(message = "The operation was aborted", options = undefined) {
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

// A function of a module nano cannot offer in a sandbox: it throws
// ERR_METHOD_NOT_IMPLEMENTED with its name, never does nothing.
export const notImplemented = (name) =>
  ({
    [name.slice(name.lastIndexOf(".") + 1)]() {
      throw new ERR_METHOD_NOT_IMPLEMENTED(name);
    },
  })[name.slice(name.lastIndexOf(".") + 1)];

// Argument checks in Node's wording.
export const validateFunction = (value, name) => {
  if (typeof value !== "function") throw new ERR_INVALID_ARG_TYPE(name, "Function", value);
};
export const validateString = (value, name) => {
  if (typeof value !== "string") throw new ERR_INVALID_ARG_TYPE(name, "string", value);
};
export const validateNumber = (value, name, min = undefined, max = undefined) => {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ""}${min != null && max != null ? " && " : ""}${max != null ? `<= ${max}` : ""}`,
      value,
    );
  }
};
export const validateInteger = (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
  if (typeof value !== "number") throw new ERR_INVALID_ARG_TYPE(name, "number", value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, "an integer", value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
};
export const validateObject = (value, name, { nullable = false, allowArray = false, allowFunction = false } = {}) => {
  if (
    (!nullable && value === null) ||
    (!allowArray && Array.isArray(value)) ||
    (typeof value !== "object" && (!allowFunction || typeof value !== "function"))
  ) {
    throw new ERR_INVALID_ARG_TYPE(name, "Object", value);
  }
};
export const validateBoolean = (value, name) => {
  if (typeof value !== "boolean") throw new ERR_INVALID_ARG_TYPE(name, "boolean", value);
};
export const validateAbortSignal = (signal, name) => {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, "AbortSignal", signal);
  }
};
