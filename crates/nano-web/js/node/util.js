// node:util for nano. inspect and format live in ./internal/inspect.js, deep
// equality in ./internal/comparisons.js, the type checks in ./util_types.js.
// State a request may change (inspect's default options, styles and colors,
// which deprecations have warned) is put back by resetNodeState.
import {
  format,
  formatWithOptions,
  inspect,
  resetInspectState,
  stripVTControlCharacters,
} from "./internal/inspect.js";
import { isDeepStrictEqual as deepStrictEqual } from "./internal/comparisons.js";
import types, { isDate as isDateType, isNativeError, isPromise, isRegExp as isRegExpType } from "./util_types.js";
import {
  ERR_FALSY_VALUE_REJECTION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  makeNodeError,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
} from "./internal/errors.js";
import { TextDecoder, TextEncoder } from "../web/encoding.js";
import { addAbortAlgorithm, isAbortSignal } from "../web/abort.js";
import { console as nanoConsole } from "../web/console.js";
import { reportError } from "../web/dom.js";
import { Buffer } from "./buffer.js";

const { apply, construct, defineProperty, getPrototypeOf } = Reflect;
const {
  defineProperties,
  getOwnPropertyDescriptors,
  keys: ObjectKeys,
  entries: ObjectEntries,
  setPrototypeOf,
  values: ObjectValues,
} = Object;
const hasOwn = Object.hasOwn;
const SafeError = Error;
const SafePromise = Promise;
const SafeSet = Set;
const SafeWeakSet = WeakSet;
const SafeMap = Map;
const ArrayIsArray = Array.isArray;
const MathTrunc = Math.trunc;
const captureStackTrace = Error.captureStackTrace;
const PromisePrototypeThen = (promise, onFulfilled) => apply(Promise.prototype.then, promise, [onFulfilled]);
const consoleWarn = nanoConsole.warn;
const consoleLog = nanoConsole.log;
const SafeAbortController = globalThis.AbortController;

// ---- Warnings ----

// Where warnings go (nano's node:process may route them to its
// 'warning' event); by default one line to the log, as Node's stderr.
const defaultWarningSink = (warning) => {
  apply(consoleWarn, nanoConsole, [`${warning.code ? `[${warning.code}] ` : ""}${warning.name}: ${warning.message}`]);
};
let warningSink = defaultWarningSink;
let warningSinkSet = false;
/**
 * Sets, once (at bootstrap), the function that receives each warning (an
 * Error, name "DeprecationWarning" and so on). A later call (a script's:
 * the namespace exports it) changes nothing.
 */
export const setWarningSink = (fn) => {
  if (warningSinkSet || typeof fn !== "function") return;
  warningSinkSet = true;
  warningSink = fn;
};

// Per request: which codes and which deprecated functions have warned.
let codesWarned = new SafeSet();
let functionsWarned = new SafeWeakSet();
let warnedSome = false; // whether functionsWarned holds anything

const emitWarning = (message, name, code, ctor) => {
  const warning = new SafeError(message);
  warning.name = name;
  if (code !== undefined) warning.code = code;
  if (captureStackTrace) captureStackTrace(warning, ctor);
  warningSink(warning);
};

/** util.deprecate(fn, msg[, code]): fn wrapped to warn once (per code, or per wrapper). */
export function deprecate(fn, msg, code) {
  validateFunction(fn, "fn");
  if (code !== undefined) validateString(code, "code");
  function deprecated(...args) {
    if (!functionsWarned.has(deprecated)) {
      functionsWarned.add(deprecated);
      warnedSome = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitWarning(msg, "DeprecationWarning", code, deprecated);
        }
      } else {
        emitWarning(msg, "DeprecationWarning", undefined, deprecated);
      }
    }
    if (new.target) return construct(fn, args, new.target);
    return apply(fn, this, args);
  }
  // Same prototype chain as fn; instances of the unwrapped constructor are
  // instances of the wrapper.
  setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- promisify / callbackify ----

const kCustomPromisifiedSymbol = Symbol.for("nodejs.util.promisify.custom");
// Functions whose callback gets several values name them here (Node's
// internal customPromisifyArgs; no nano function uses it yet).
const kCustomPromisifyArgsSymbol = Symbol("customPromisifyArgs");

/** util.promisify(original): a function returning a promise for original's callback result. */
export function promisify(original) {
  validateFunction(original, "original");
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, "util.promisify.custom");
    defineProperty(fn, kCustomPromisifiedSymbol, { __proto__: null, value: fn, writable: false, configurable: true });
    return fn;
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new SafePromise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      if (isPromise(apply(original, this, args))) {
        const message = "Calling promisify on a function that returns a Promise is likely a mistake.";
        emitWarning(message, "DeprecationWarning", "DEP0174", fn);
      }
    });
  }
  setPrototypeOf(fn, getPrototypeOf(original));
  defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  const descriptors = getOwnPropertyDescriptors(original);
  for (const desc of ObjectValues(descriptors)) setPrototypeOf(desc, null);
  return defineProperties(fn, descriptors);
}
defineProperty(promisify, "custom", {
  __proto__: null,
  value: kCustomPromisifiedSymbol,
  writable: false,
  enumerable: true,
  configurable: false,
});

const later = (fn) => {
  PromisePrototypeThen(SafePromise.resolve(), () => {
    try {
      fn();
    } catch (err) {
      reportError(err);
    }
  });
};

function callbackifyOnRejected(reason, cb) {
  // null means "no error" to a callback: a falsy rejection is wrapped.
  if (!reason) {
    const wrapped = new ERR_FALSY_VALUE_REJECTION();
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

/** util.callbackify(original): an async function as one taking a (err, value) callback last. */
export function callbackify(original) {
  validateFunction(original, "original");
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, "last argument");
    const cb = maybeCb.bind(this);
    // The callback runs in a job of its own (Node's next tick); what it
    // throws is reported as uncaught, never a rejection.
    apply(original, this, args).then(
      (ret) => later(() => cb(null, ret)),
      (rej) => later(() => callbackifyOnRejected(rej, cb)),
    );
  }
  const descriptors = getOwnPropertyDescriptors(original);
  if (typeof descriptors.length?.value === "number") descriptors.length.value++;
  if (typeof descriptors.name?.value === "string") descriptors.name.value += "Callbackified";
  for (const desc of ObjectValues(descriptors)) setPrototypeOf(desc, null);
  defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- Small functions ----

/** util.inherits(ctor, superCtor): the legacy prototype link. */
export function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE("ctor", "Function", ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE("superCtor", "Function", superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE("superCtor.prototype", "Object", superCtor.prototype);
  defineProperty(ctor, "super_", { __proto__: null, value: superCtor, writable: true, configurable: true });
  setPrototypeOf(ctor.prototype, superCtor.prototype);
}

export function isDeepStrictEqual(a, b) {
  return deepStrictEqual(a, b);
}

export function toUSVString(input) {
  return `${input}`.toWellFormed();
}

/** util.debuglog(section[, callback]): nano has no NODE_DEBUG, so a logger that is never enabled. */
export function debuglog(set, cb) {
  void set;
  let initialized = false;
  const logger = (...args) => {
    void args;
    if (!initialized) {
      initialized = true;
      if (typeof cb === "function") cb(logger);
    }
  };
  defineProperty(logger, "enabled", { __proto__: null, get: () => false, configurable: true, enumerable: true });
  return logger;
}
export const debug = debuglog;

// ---- System errors (libuv's codes on Linux) ----

const ERRNO = [
  [-7, "E2BIG", "argument list too long"], [-13, "EACCES", "permission denied"], [-98, "EADDRINUSE", "address already in use"],
  [-99, "EADDRNOTAVAIL", "address not available"], [-97, "EAFNOSUPPORT", "address family not supported"],
  [-11, "EAGAIN", "resource temporarily unavailable"], [-3000, "EAI_ADDRFAMILY", "address family not supported"],
  [-3001, "EAI_AGAIN", "temporary failure"], [-3002, "EAI_BADFLAGS", "bad ai_flags value"],
  [-3013, "EAI_BADHINTS", "invalid value for hints"], [-3003, "EAI_CANCELED", "request canceled"],
  [-3004, "EAI_FAIL", "permanent failure"], [-3005, "EAI_FAMILY", "ai_family not supported"],
  [-3006, "EAI_MEMORY", "out of memory"],
  [-3007, "EAI_NODATA", "no address"], [-3008, "EAI_NONAME", "unknown node or service"],
  [-3009, "EAI_OVERFLOW", "argument buffer overflow"], [-3014, "EAI_PROTOCOL", "resolved protocol is unknown"],
  [-3010, "EAI_SERVICE", "service not available for socket type"], [-3011, "EAI_SOCKTYPE", "socket type not supported"],
  [-114, "EALREADY", "connection already in progress"], [-9, "EBADF", "bad file descriptor"],
  [-16, "EBUSY", "resource busy or locked"], [-125, "ECANCELED", "operation canceled"],
  [-4080, "ECHARSET", "invalid Unicode character"], [-103, "ECONNABORTED", "software caused connection abort"],
  [-111, "ECONNREFUSED", "connection refused"], [-104, "ECONNRESET", "connection reset by peer"],
  [-89, "EDESTADDRREQ", "destination address required"], [-17, "EEXIST", "file already exists"],
  [-14, "EFAULT", "bad address in system call argument"], [-27, "EFBIG", "file too large"],
  [-113, "EHOSTUNREACH", "host is unreachable"], [-4, "EINTR", "interrupted system call"], [-22, "EINVAL", "invalid argument"],
  [-5, "EIO", "i/o error"], [-106, "EISCONN", "socket is already connected"], [-21, "EISDIR", "illegal operation on a directory"],
  [-40, "ELOOP", "too many symbolic links encountered"], [-24, "EMFILE", "too many open files"],
  [-90, "EMSGSIZE", "message too long"], [-36, "ENAMETOOLONG", "name too long"], [-100, "ENETDOWN", "network is down"],
  [-101, "ENETUNREACH", "network is unreachable"], [-23, "ENFILE", "file table overflow"],
  [-105, "ENOBUFS", "no buffer space available"], [-19, "ENODEV", "no such device"],
  [-2, "ENOENT", "no such file or directory"], [-12, "ENOMEM", "not enough memory"],
  [-64, "ENONET", "machine is not on the network"], [-92, "ENOPROTOOPT", "protocol not available"],
  [-28, "ENOSPC", "no space left on device"], [-38, "ENOSYS", "function not implemented"],
  [-107, "ENOTCONN", "socket is not connected"], [-20, "ENOTDIR", "not a directory"], [-39, "ENOTEMPTY", "directory not empty"],
  [-88, "ENOTSOCK", "socket operation on non-socket"], [-95, "ENOTSUP", "operation not supported on socket"],
  [-75, "EOVERFLOW", "value too large for defined data type"], [-1, "EPERM", "operation not permitted"],
  [-32, "EPIPE", "broken pipe"], [-71, "EPROTO", "protocol error"], [-93, "EPROTONOSUPPORT", "protocol not supported"],
  [-91, "EPROTOTYPE", "protocol wrong type for socket"], [-34, "ERANGE", "result too large"],
  [-30, "EROFS", "read-only file system"], [-108, "ESHUTDOWN", "cannot send after transport endpoint shutdown"],
  [-29, "ESPIPE", "invalid seek"], [-3, "ESRCH", "no such process"], [-110, "ETIMEDOUT", "connection timed out"],
  [-26, "ETXTBSY", "text file is busy"], [-18, "EXDEV", "cross-device link not permitted"], [-4094, "UNKNOWN", "unknown error"],
  [-4095, "EOF", "end of file"], [-6, "ENXIO", "no such device or address"], [-31, "EMLINK", "too many links"],
  [-112, "EHOSTDOWN", "host is down"], [-121, "EREMOTEIO", "remote I/O error"], [-25, "ENOTTY", "inappropriate ioctl for device"],
  [-4028, "EFTYPE", "inappropriate file type or format"], [-84, "EILSEQ", "illegal byte sequence"],
  [-94, "ESOCKTNOSUPPORT", "socket type not supported"], [-61, "ENODATA", "no data available"],
  [-49, "EUNATCH", "protocol driver not attached"],
];

const validateErrno = (err) => {
  validateNumber(err, "err");
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE("err", "a negative integer", err);
};

/** util.getSystemErrorName(errno): "ENOENT" for -2, "Unknown system error N" for others. */
export function getSystemErrorName(err) {
  validateErrno(err);
  for (const [code, name] of ERRNO) if (code === err) return name;
  return `Unknown system error ${err}`;
}

/** util.getSystemErrorMap(): errno -> [name, message]. */
export function getSystemErrorMap() {
  const map = new SafeMap();
  for (const [code, name, message] of ERRNO) map.set(code, [name, message]);
  return map;
}

/** util.getSystemErrorMessage(errno) (Node 23, here for completeness). */
export function getSystemErrorMessage(err) {
  validateErrno(err);
  for (const [code, , message] of ERRNO) if (code === err) return message;
  return `Unknown system error ${err}`;
}

// Node's internal helpers on util (libraries still call them).
export function _errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new SafeError(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  if (captureStackTrace) captureStackTrace(ex, _errnoException);
  return ex;
}
export function _exceptionWithHostPort(err, syscall, address, port, additional) {
  let details = "";
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = _errnoException(err, syscall, details.trimStart());
  ex.message = `${syscall} ${getSystemErrorName(err)}${details}`;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// ---- AbortSignal helpers ----

/** util.aborted(signal, resource): a promise that settles when signal aborts. */
export function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateObject(resource, "resource", { nullable: false, allowArray: true, allowFunction: true });
  if (signal.aborted) return SafePromise.resolve();
  // Nothing here holds the resource (Node holds it weakly).
  return new SafePromise((resolve) => {
    if (isAbortSignal(signal)) addAbortAlgorithm(signal, () => resolve());
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}

/** util.transferableAbortSignal(signal): nano has no transfer; the signal itself. */
export function transferableAbortSignal(signal) {
  if (typeof signal !== "object" || signal === null || !isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE("signal", "AbortSignal", signal);
  }
  return signal;
}
export function transferableAbortController() {
  return new SafeAbortController();
}

// ---- styleText ----

/** util.styleText(format, text[, { validateStream, stream }]). */
export function styleText(format, text, { validateStream = true, stream = undefined } = {}) {
  validateString(text, "text");
  validateBoolean(validateStream, "options.validateStream");
  const colors = inspect.colors;
  const formats = ArrayIsArray(format) ? format : [format];
  let left = "";
  let right = "";
  for (const key of formats) {
    const code = typeof key === "string" ? colors[key] : undefined;
    if (code === undefined || key === "none") {
      throw new ERR_INVALID_ARG_VALUE("format", key, `must be one of: ${ObjectKeys(colors).join(", ")}`);
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  if (validateStream) {
    // nano has no terminal: only a stream the caller says is a colour TTY
    // gets escapes.
    if (stream !== undefined) {
      const isStream = typeof stream === "object" && stream !== null;
      if (!isStream || (typeof stream.write !== "function" && typeof stream.getWriter !== "function")) {
        throw new ERR_INVALID_ARG_TYPE("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
      }
    }
    const colorful =
      stream !== undefined && stream.isTTY === true && (typeof stream.hasColors !== "function" || stream.hasColors());
    if (!colorful) return text;
  }
  return `${left}${text}${right}`;
}

// ---- getCallSites ----

/** util.getCallSites([frameCount][, options]): the caller's stack as objects. */
export function getCallSites(frameCount = 10, options = undefined) {
  if (typeof frameCount === "object" && frameCount !== null && options === undefined) {
    options = frameCount;
    frameCount = 10;
  }
  validateNumber(frameCount, "frameCount", 1, 200);
  if (options !== undefined) validateObject(options, "options");
  // V8 hands Error.prepareStackTrace the structured frames; it and the
  // limit are put back as they were (an own property only if it was one).
  const holder = {};
  const hadPrepare = hasOwn(SafeError, "prepareStackTrace");
  const savedPrepare = SafeError.prepareStackTrace;
  const savedLimit = SafeError.stackTraceLimit;
  let sites = [];
  try {
    SafeError.stackTraceLimit = MathTrunc(frameCount);
    SafeError.prepareStackTrace = (_, callSites) => callSites;
    captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    if (hadPrepare) SafeError.prepareStackTrace = savedPrepare;
    else delete SafeError.prepareStackTrace;
    SafeError.stackTraceLimit = savedLimit;
  }
  if (!ArrayIsArray(sites)) return [];
  return sites.map((site) => ({
    functionName: site.getFunctionName() ?? "",
    scriptId: `${site.getScriptId?.() ?? 0}`,
    scriptName: site.getScriptNameOrSourceURL?.() ?? site.getFileName() ?? "",
    lineNumber: site.getLineNumber() ?? 0,
    columnNumber: site.getColumnNumber() ?? 0,
    column: site.getColumnNumber() ?? 0,
  }));
}

/** util.getCallSite: the name getCallSites had in Node 22.9; warns once. */
export function getCallSite(frameCount = 10) {
  const message = "The `util.getCallSite` API has been renamed to `util.getCallSites()`.";
  if (!codesWarned.has(message)) {
    codesWarned.add(message);
    emitWarning(message, "ExperimentalWarning", undefined, getCallSite);
  }
  return getCallSites(frameCount);
}

// ---- parseArgs ----

const ERR_PARSE_ARGS_INVALID_OPTION_VALUE = makeNodeError("ERR_PARSE_ARGS_INVALID_OPTION_VALUE", TypeError, (message) => message);
const ERR_PARSE_ARGS_UNKNOWN_OPTION = makeNodeError("ERR_PARSE_ARGS_UNKNOWN_OPTION", TypeError, (option, allowPositionals) => {
  const hint = allowPositionals
    ? ". To specify a positional argument starting with a '-', place it at the end of the command after '--', " +
      `as in '-- ${JSON.stringify(option)}`
    : "";
  return `Unknown option '${option}'${hint}`;
});
const ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL = makeNodeError(
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL",
  TypeError,
  (positional) => `Unexpected argument '${positional}'. This command does not take positional arguments`,
);

// An own property of the option's config (never an inherited one).
const optionConfigOf = (options, longOption, prop) => {
  if (!hasOwn(options, longOption)) return undefined;
  const config = options[longOption];
  return hasOwn(config, prop) ? config[prop] : undefined;
};
const longOptionOf = (short, options) => {
  for (const longOption of ObjectKeys(options)) {
    if (optionConfigOf(options, longOption, "short") === short) return longOption;
  }
  return short;
};
const takesValue = (options, longOption) => optionConfigOf(options, longOption, "type") === "string";

// The arguments as tokens: options (with their values), positionals and
// the "--" terminator, with their index in `args`.
function tokenize(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let groupLeft = 0;
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === "--") {
      tokens.push({ kind: "option-terminator", index });
      for (const value of rest) tokens.push({ kind: "positional", index: ++index, value });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === "-" && arg[1] !== "-";
    if (isShort && arg.length === 2) {
      // -f, or -f VALUE for a string option
      const name = longOptionOf(arg[1], options);
      let value;
      let inlineValue;
      if (takesValue(options, name) && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: "option", name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShort) {
      const name = longOptionOf(arg[1], options);
      if (!takesValue(options, name)) {
        // -abc: each a short option; a string option in it takes the rest.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const inner = longOptionOf(arg[i], options);
          if (!takesValue(options, inner) || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        rest.unshift(...expanded);
        groupLeft = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({ kind: "option", name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith("--")) {
      const eq = arg.indexOf("=", 3);
      if (eq === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (takesValue(options, name) && next != null) {
          value = rest.shift();
          inlineValue = false;
        }
        tokens.push({ kind: "option", name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: "option", name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: "positional", index, value: arg });
  }
  return tokens;
}

const validateArrayOf = (value, name, type) => {
  if (!ArrayIsArray(value)) throw new ERR_INVALID_ARG_TYPE(name, "Array", value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
  }
};

/** util.parseArgs(config): command-line style arguments parsed by a schema. */
export function parseArgs(config = { __proto__: null }) {
  validateObject(config, "config");
  // nano has no process.argv: only what the caller passes.
  const args = config.args ?? [];
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };
  if (!ArrayIsArray(args)) throw new ERR_INVALID_ARG_TYPE("args", "Array", args);
  validateBoolean(strict, "strict");
  validateBoolean(allowPositionals, "allowPositionals");
  validateBoolean(returnTokens, "tokens");
  validateBoolean(allowNegative, "allowNegative");
  validateObject(options, "options");

  for (const [longOption, optionConfig] of ObjectEntries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const type = hasOwn(optionConfig, "type") ? optionConfig.type : undefined;
    if (type !== "string" && type !== "boolean") {
      throw new ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", type);
    }
    if (hasOwn(optionConfig, "short")) {
      const short = optionConfig.short;
      validateString(short, `options.${longOption}.short`);
      if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, short, "must be a single character");
    }
    const multiple = hasOwn(optionConfig, "multiple") ? optionConfig.multiple : undefined;
    if (multiple !== undefined) validateBoolean(multiple, `options.${longOption}.multiple`);
    const defaultValue = hasOwn(optionConfig, "default") ? optionConfig.default : undefined;
    if (defaultValue !== undefined) {
      const name = `options.${longOption}.default`;
      if (multiple) validateArrayOf(defaultValue, name, type);
      else if (type === "string") validateString(defaultValue, name);
      else validateBoolean(defaultValue, name);
    }
  }

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  const store = (longOption, value) => {
    if (longOption === "__proto__") return;
    const newValue = value ?? true;
    if (optionConfigOf(options, longOption, "multiple")) {
      if (result.values[longOption]) result.values[longOption].push(newValue);
      else result.values[longOption] = [newValue];
    } else {
      result.values[longOption] = newValue;
    }
  };

  for (const token of tokens) {
    if (token.kind === "option") {
      let { name } = token;
      let value = token.value;
      // --no-foo: foo false, for a boolean foo (or any unknown one when not strict).
      const base = name.slice(3);
      if (
        allowNegative &&
        name.startsWith("no-") &&
        !hasOwn(options, name) &&
        (optionConfigOf(options, base, "type") === "boolean" || (!strict && !hasOwn(options, base)))
      ) {
        if (value !== undefined) {
          throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '--${name}' does not take an argument`);
        }
        name = name.slice(3);
        value = false;
        if (optionConfigOf(options, name, "multiple")) {
          if (result.values[name]) result.values[name].push(false);
          else result.values[name] = [false];
        } else {
          result.values[name] = false;
        }
        continue;
      }
      if (strict) {
        if (!hasOwn(options, name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
        const short = optionConfigOf(options, name, "short");
        const shortAndLong = `${short ? `-${short}, ` : ""}--${name}`;
        const type = optionConfigOf(options, name, "type");
        if (type === "string" && typeof value !== "string") {
          throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
        }
        if (type === "boolean" && value != null) {
          throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
        }
        // "--foo -bar": probably a forgotten value, not a value "-bar".
        if (!token.inlineValue && typeof value === "string" && value.length > 1 && value[0] === "-") {
          const example = token.rawName.startsWith("--")
            ? `'${token.rawName}=-XYZ'`
            : `'--${name}=-XYZ' or '${token.rawName}-XYZ'`;
          throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
            `Option '${token.rawName}' argument is ambiguous.\n` +
              `Did you forget to specify the option argument for '${token.rawName}'?\n` +
              `To specify an option argument starting with a dash use ${example}.`,
          );
        }
      }
      store(name, value);
    } else if (token.kind === "positional") {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [longOption, optionConfig] of ObjectEntries(options)) {
    const defaultValue = hasOwn(optionConfig, "default") ? optionConfig.default : undefined;
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== "__proto__") {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

// ---- parseEnv ----

/** util.parseEnv(content): the variables of a .env file's text. */
export function parseEnv(content) {
  validateString(content, "content");
  const env = {};
  const lines = content.replace(/\r\n?/g, "\n");
  let i = 0;
  while (i < lines.length) {
    let end = lines.indexOf("\n", i);
    if (end === -1) end = lines.length;
    let line = lines.slice(i, end);
    i = end + 1;
    line = line.trim();
    if (line === "" || line[0] === "#") continue;
    if (line.startsWith("export ")) line = line.slice(7).trimStart();
    const eq = line.indexOf("=");
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    if (key === "") continue;
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === "`") {
      // A quoted value may span lines up to its closing quote.
      let close = value.indexOf(quote, 1);
      if (close === -1) {
        const restStart = i;
        const closeInRest = lines.indexOf(quote, restStart);
        if (closeInRest !== -1) {
          value = `${value}\n${lines.slice(restStart, closeInRest + 1)}`;
          const lineEnd = lines.indexOf("\n", closeInRest);
          i = lineEnd === -1 ? lines.length : lineEnd + 1;
          close = value.lastIndexOf(quote);
        }
      }
      if (close > 0) {
        value = value.slice(1, close);
        if (quote === '"') value = value.replace(/\\n/g, "\n");
      }
    } else {
      // In an unquoted value a "#" starts a comment.
      const hash = value.indexOf("#");
      if (hash !== -1) value = value.slice(0, hash).trim();
    }
    env[key] = value;
  }
  return env;
}

// ---- MIMEType / MIMEParams (WHATWG MIME Sniffing) ----

const ERR_INVALID_MIME_SYNTAX = makeNodeError(
  "ERR_INVALID_MIME_SYNTAX",
  TypeError,
  (production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ""}`,
);
const isTokenChar = (c) => /[!#$%&'*+\-.^_`|~A-Za-z0-9]/.test(c);
const firstNonToken = (s) => {
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s[i])) return i;
  return -1;
};
const firstNonQuotedStringChar = (s) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 9 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return i;
  }
  return -1;
};
const isHttpWhitespace = (c) => c === " " || c === "\t" || c === "\n" || c === "\r";
const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

// A parameter value as serialised: bare when a token, else quoted.
const serializeParamValue = (value) =>
  value.length !== 0 && firstNonToken(value) === -1 ? value : `"${value.replace(/["\\]/g, "\\$&")}"`;

let mimeParamsData;
export class MIMEParams {
  #data = new SafeMap();
  delete(name) {
    this.#data.delete(name);
  }
  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }
  has(name) {
    return this.#data.has(name);
  }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstNonToken(name);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX("parameter name", name, badName);
    const badValue = firstNonQuotedStringChar(value);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX("parameter value", value, badValue);
    this.#data.set(name, value);
  }
  *entries() {
    yield* this.#data.entries();
  }
  *keys() {
    yield* this.#data.keys();
  }
  *values() {
    yield* this.#data.values();
  }
  toString() {
    const parts = [];
    for (const [name, value] of this.#data) parts.push(`${name}=${serializeParamValue(value)}`);
    return parts.join(";");
  }
  toJSON() {
    return this.toString();
  }
  static {
    mimeParamsData = (params) => params.#data;
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
defineProperty(MIMEParams.prototype, Symbol.iterator, { __proto__: null, enumerable: false });

// The parameters part of a MIME type string, from `position` on.
function parseParameters(str, position, data) {
  const length = str.length;
  while (position < length) {
    position++; // the ";"
    while (position < length && isHttpWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < length && str[nameEnd] !== ";" && str[nameEnd] !== "=") nameEnd++;
    const name = asciiLower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < length) {
      if (str[position] === ";") continue;
      position++; // the "="
    }
    if (position >= length) break;
    let value;
    if (str[position] === '"') {
      // A quoted string: backslash escapes, up to the closing quote.
      position++;
      value = "";
      while (position < length) {
        const c = str[position];
        if (c === '"') {
          position++;
          break;
        }
        if (c === "\\") {
          position++;
          if (position >= length) {
            value += "\\";
            break;
          }
        }
        value += str[position];
        position++;
      }
      while (position < length && str[position] !== ";") position++;
    } else {
      let valueEnd = str.indexOf(";", position);
      if (valueEnd === -1) valueEnd = length;
      value = str.slice(position, valueEnd);
      position = valueEnd;
      let trimEnd = value.length;
      while (trimEnd > 0 && isHttpWhitespace(value[trimEnd - 1])) trimEnd--;
      value = value.slice(0, trimEnd);
      if (value === "") continue;
    }
    if (name !== "" && firstNonToken(name) === -1 && firstNonQuotedStringChar(value) === -1 && !data.has(name)) {
      data.set(name, value);
    }
  }
}

export class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();
  constructor(string) {
    string = `${string}`;
    let position = 0;
    while (position < string.length && isHttpWhitespace(string[position])) position++;
    const slash = string.indexOf("/", position);
    const type = slash === -1 ? string.slice(position) : string.slice(position, slash);
    const badType = firstNonToken(type);
    if (type === "" || badType !== -1 || slash === -1) throw new ERR_INVALID_MIME_SYNTAX("type", string, badType);
    position = slash + 1;
    let subtypeEnd = string.indexOf(";", position);
    if (subtypeEnd === -1) subtypeEnd = string.length;
    let subtype = string.slice(position, subtypeEnd);
    let trimEnd = subtype.length;
    while (trimEnd > 0 && isHttpWhitespace(subtype[trimEnd - 1])) trimEnd--;
    subtype = subtype.slice(0, trimEnd);
    const badSubtype = firstNonToken(subtype);
    if (subtype === "" || badSubtype !== -1) throw new ERR_INVALID_MIME_SYNTAX("subtype", string, badSubtype);
    this.#type = asciiLower(type);
    this.#subtype = asciiLower(subtype);
    parseParameters(string, subtypeEnd, mimeParamsData(this.#params));
  }
  get type() {
    return this.#type;
  }
  set type(v) {
    v = `${v}`;
    const bad = firstNonToken(v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX("type", v, bad);
    this.#type = asciiLower(v);
  }
  get subtype() {
    return this.#subtype;
  }
  set subtype(v) {
    v = `${v}`;
    const bad = firstNonToken(v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX("subtype", v, bad);
    this.#subtype = asciiLower(v);
  }
  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }
  get params() {
    return this.#params;
  }
  toString() {
    const params = this.#params.toString();
    return `${this.#type}/${this.#subtype}${params.length !== 0 ? `;${params}` : ""}`;
  }
  toJSON() {
    return this.toString();
  }
}

// ---- Deprecated type checks and helpers (runtime-deprecated in Node 22) ----

const isBufferValue = (value) => typeof Buffer?.isBuffer === "function" && Buffer.isBuffer(value);

export const isArray = deprecate(
  ArrayIsArray,
  "The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.",
  "DEP0044",
);
export const isBoolean = deprecate(
  (arg) => typeof arg === "boolean",
  'The `util.isBoolean` API is deprecated. Please use `typeof arg === "boolean"` instead.',
  "DEP0045",
);
export const isBuffer = deprecate(
  isBufferValue,
  "The `util.isBuffer` API is deprecated. Please use `Buffer.isBuffer()` instead.",
  "DEP0046",
);
export const isDate = deprecate(
  (arg) => isDateType(arg),
  "The `util.isDate` API is deprecated. Please use `arg instanceof Date` instead.",
  "DEP0047",
);
export const isError = deprecate(
  (arg) => isNativeError(arg) || arg instanceof SafeError,
  "The `util.isError` API is deprecated. Please use `ObjectPrototypeToString(e) === \"[object Error]\" " +
    "|| e instanceof Error` instead.",
  "DEP0048",
);
export const isFunction = deprecate(
  (arg) => typeof arg === "function",
  'The `util.isFunction` API is deprecated. Please use `typeof arg === "function"` instead.',
  "DEP0049",
);
export const isNull = deprecate(
  (arg) => arg === null,
  "The `util.isNull` API is deprecated. Please use `arg === null` instead.",
  "DEP0050",
);
export const isNullOrUndefined = deprecate(
  (arg) => arg === null || arg === undefined,
  "The `util.isNullOrUndefined` API is deprecated. Please use `arg === null || arg === undefined` instead.",
  "DEP0051",
);
export const isNumber = deprecate(
  (arg) => typeof arg === "number",
  'The `util.isNumber` API is deprecated. Please use `typeof arg === "number"` instead.',
  "DEP0052",
);
export const isObject = deprecate(
  (arg) => arg !== null && typeof arg === "object",
  'The `util.isObject` API is deprecated. Please use `arg !== null && typeof arg === "object"` instead.',
  "DEP0053",
);
export const isPrimitive = deprecate(
  (arg) => arg === null || (typeof arg !== "object" && typeof arg !== "function"),
  "The `util.isPrimitive` API is deprecated. Please use " +
    '`arg === null || (typeof arg !== "object" && typeof arg !== "function")` instead.',
  "DEP0054",
);
export const isRegExp = deprecate(
  (arg) => isRegExpType(arg),
  "The `util.isRegExp` API is deprecated. Please use `arg instanceof RegExp` instead.",
  "DEP0055",
);
export const isString = deprecate(
  (arg) => typeof arg === "string",
  'The `util.isString` API is deprecated. Please use `typeof arg === "string"` instead.',
  "DEP0056",
);
export const isSymbol = deprecate(
  (arg) => typeof arg === "symbol",
  'The `util.isSymbol` API is deprecated. Please use `arg === "symbol"` instead.',
  "DEP0057",
);
export const isUndefined = deprecate(
  (arg) => arg === undefined,
  "The `util.isUndefined` API is deprecated. Please use `arg === undefined` instead.",
  "DEP0058",
);

const pad = (n) => `${n}`.padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const log = deprecate(
  (...args) => {
    const d = new Date();
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    apply(consoleLog, nanoConsole, ["%s - %s", `${d.getDate()} ${MONTHS[d.getMonth()]} ${time}`, format(...args)]);
  },
  "The `util.log API is deprecated. Please use console.log() with a custom formatter or a third-party logger instead.",
  "DEP0059",
);

export const _extend = deprecate(
  (target, source) => {
    // Only objects are merged in.
    if (source === null || typeof source !== "object") return target;
    const keys = ObjectKeys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  },
  "The `util._extend` API is deprecated. Please use Object.assign() instead.",
  "DEP0060",
);

/** Puts back what a request may have changed (nano calls it after each request). */
export const resetNodeState = () => {
  resetInspectState();
  if (codesWarned.size !== 0) codesWarned = new SafeSet();
  if (warnedSome) {
    warnedSome = false;
    functionsWarned = new SafeWeakSet();
  }
};

export { format, formatWithOptions, inspect, stripVTControlCharacters, types, TextDecoder, TextEncoder };

const util = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
};
export default util;
