// node:process — the `process` object as Workers' nodejs_compat has it: an
// EventEmitter with what a sandbox can honestly say (platform "linux", cwd
// "/", pid 1, no file system, no child processes, no signals). env holds
// the request's string bindings; nextTick is a microtask (as on Workers);
// exit() ends the request. What a request changes (env, exitCode, title,
// listeners, the deprecation switches) is put back by resetNodeState().
import "../web/timers.js"; // defines queueMicrotask, captured below
import { now, timeOrigin } from "nano:natives";
import { console } from "../web/console.js";
import { decodeUtf8 } from "../web/encoding.js";
import { EventEmitter, setWarningSink } from "./events.js";
import {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  makeNodeError,
  notImplemented,
  validateBoolean,
  validateInteger,
  validateObject,
  validateString,
} from "./internal/errors.js";

// Captured before any script runs: a request may replace the globals.
const safeQueueMicrotask = globalThis.queueMicrotask;
const SafeError = Error;
const SafeSet = Set;
const SafeString = String;
const SafeBigInt = BigInt;
const { captureStackTrace } = Error;
const { isArray } = Array;
const { defineProperty, freeze, getPrototypeOf } = Object;
const { floor, round } = Math;
const JSONStringify = JSON.stringify;
const errorLog = console.error;

const ERR_INVALID_OBJECT_DEFINE_PROPERTY = makeNodeError(
  "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
  TypeError,
  (name, reason) => `'${name}' ${reason}`,
);

// ---- Versions ----

const NODE_VERSION = "22.19.0"; // the Node.js API level nano follows (as workerd reports it)
// The V8 nano embeds: the lead fills this from Rust (v8::V8::get_version()).
const V8_VERSION = "0.0.0.0";

const versions = freeze({
  node: NODE_VERSION,
  v8: V8_VERSION,
  // What native addons would target: none can load here.
  modules: "127",
  napi: "10",
  uv: "",
  zlib: "",
  brotli: "",
  ares: "",
  nghttp2: "",
  openssl: "",
  icu: "",
  unicode: "",
});
const version = `v${NODE_VERSION}`;
const release = freeze({
  name: "node",
  lts: "Jod",
  sourceUrl: `https://nodejs.org/download/release/${version}/node-${version}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${version}/node-${version}-headers.tar.gz`,
});
const features = freeze({
  inspector: false,
  debug: false,
  uv: false,
  ipv6: true,
  tls_alpn: false,
  tls_sni: false,
  tls_ocsp: false,
  tls: false,
  cached_builtins: true,
  require_module: false,
  typescript: false,
});
const config = freeze({
  target_defaults: freeze({ default_configuration: "Release" }),
  variables: freeze({
    host_arch: "x64",
    target_arch: "x64",
    node_byteorder: "little",
    node_module_version: 127,
    napi_build_version: "10",
    node_shared: false,
    node_use_openssl: false,
    v8_enable_i18n_support: 1,
    v8_enable_inspector: 0,
  }),
});

// Node's set of flags NODE_OPTIONS allows: none here, and a request must
// not be able to add any (its mutators do nothing, as Node's do).
class AllowedFlags extends SafeSet {
  add() {
    return this;
  }
  delete() {
    return false;
  }
  clear() {}
}
const allowedNodeEnvironmentFlags = freeze(new AllowedFlags());

// ---- Request state (reset by resetNodeState) ----

let env; // the request's process.env (a proxy), made by setProcessEnv
let exitCode;
let title = "node";
let noDeprecation = false;
let throwDeprecation = false;
let traceDeprecation = false;
let exiting = false;
let warnedEnvValue = false; // DEP0104, once per request
let builtinModuleLookup = null; // wired once by the lead

// process.env: string values only (assignments are coerced, as Node
// does), no symbols, no accessors.
const envHandler = {
  get(target, key, receiver) {
    if (typeof key === "symbol") return undefined;
    return Reflect.get(target, key, receiver);
  },
  set(target, key, value) {
    if (typeof key === "symbol" || typeof value === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
    if (!warnedEnvValue && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      warnedEnvValue = true;
      emitWarning(
        "Assigning any value other than a string, number, or boolean to a process.env property is deprecated. " +
          "Please make sure to convert the value to a string before setting process.env with it.",
        "DeprecationWarning",
        "DEP0104",
      );
    }
    target[key] = `${value}`;
    return true;
  },
  has(target, key) {
    return typeof key === "symbol" ? false : Reflect.has(target, key);
  },
  deleteProperty(target, key) {
    if (typeof key !== "symbol") delete target[key];
    return true;
  },
  defineProperty(target, key, desc) {
    if ("get" in desc || "set" in desc) {
      throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("process.env", "does not accept an accessor(getter/setter) descriptor");
    }
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "process.env",
        "only accepts a configurable, writable, and enumerable data descriptor",
      );
    }
    if (typeof key === "symbol" || typeof desc.value === "symbol") {
      throw new TypeError("Cannot convert a Symbol value to a string");
    }
    return Reflect.defineProperty(target, key, { value: `${desc.value}`, writable: true, enumerable: true, configurable: true });
  },
};

// Whether a binding survives a JSON round trip unchanged: plain objects,
// arrays and primitives JSON has, no cycles or shared parts.
function isJsonValue(value, seen) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object": {
      if (value === null) return true;
      if (seen.has(value)) return false;
      seen.add(value);
      const proto = getPrototypeOf(value);
      if (proto === Array.prototype) return value.every((v) => isJsonValue(v, seen));
      if (proto === Object.prototype) return Object.values(value).every((v) => isJsonValue(v, seen));
      return false;
    }
    default:
      return false;
  }
}

// Called by the lead at the start of each request (and before the
// script's top level) with the script's bindings (the `env` object, or a
// flat [name, value, ...] list). As workerd's populate_process_env: string
// bindings as they are, JSON-representable ones as JSON, others (KV,
// service bindings, ...) left out.
export const setProcessEnv = (bindings) => {
  const target = {};
  const put = (name, value) => {
    if (typeof value === "string") target[name] = value;
    else if (isJsonValue(value, new SafeSet())) target[name] = JSONStringify(value);
  };
  if (isArray(bindings)) {
    for (let i = 0; i + 1 < bindings.length; i += 2) put(SafeString(bindings[i]), bindings[i + 1]);
  } else if (bindings !== null && typeof bindings === "object") {
    for (const name of Object.keys(bindings)) put(name, bindings[name]);
  }
  env = new Proxy(target, envHandler);
};

setProcessEnv(null);

// ---- Functions ----

// process.nextTick: a microtask, as on Workers (so after the promise
// reactions already queued, unlike Node's separate tick queue). A throwing
// callback is reported as an uncaught error.
function nextTick(callback, ...args) {
  if (typeof callback !== "function") throw new ERR_INVALID_ARG_TYPE("callback", "Function", callback);
  safeQueueMicrotask(args.length === 0 ? callback : () => callback(...args));
}

// Monotonic time with an arbitrary origin: the request's start (ms since
// the epoch) plus the time since, so it also keeps rising across requests.
function hrtimeParts() {
  const origin = timeOrigin();
  const whole = floor(origin);
  // ms since the epoch, split so the fractions keep their precision.
  const frac = origin - whole + now();
  let sec = floor(whole / 1000);
  let ns = (whole - sec * 1000) * 1e6 + round(frac * 1e6);
  sec += floor(ns / 1e9);
  ns %= 1e9;
  return [sec, ns];
}

function hrtime(time = undefined) {
  const [sec, ns] = hrtimeParts();
  if (time === undefined) return [sec, ns];
  if (!isArray(time)) throw new ERR_INVALID_ARG_TYPE("time", "Array", time);
  if (time.length !== 2) throw new ERR_OUT_OF_RANGE("time", 2, time.length);
  let s = sec - time[0];
  let n = ns - time[1];
  if (n < 0) {
    s -= 1;
    n += 1e9;
  }
  return [s, n];
}
hrtime.bigint = function bigint() {
  const [sec, ns] = hrtimeParts();
  return SafeBigInt(sec) * 1000000000n + SafeBigInt(ns);
};

// Seconds since the request started.
const uptime = () => now() / 1000;

function memoryUsage() {
  return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = () => 0;

function resourceUsage() {
  return {
    userCPUTime: 0,
    systemCPUTime: 0,
    maxRSS: 0,
    sharedMemorySize: 0,
    unsharedDataSize: 0,
    unsharedStackSize: 0,
    minorPageFault: 0,
    majorPageFault: 0,
    swappedOut: 0,
    fsRead: 0,
    fsWrite: 0,
    ipcSent: 0,
    ipcReceived: 0,
    signalsCount: 0,
    voluntaryContextSwitches: 0,
    involuntaryContextSwitches: 0,
  };
}

// No file system to have permissions in: the mask is validated and
// Node's default (0o022) reported.
function umask(mask = undefined) {
  if (mask !== undefined) {
    if (typeof mask === "string") {
      if (!/^[0-7]+$/.test(mask)) {
        throw new ERR_INVALID_ARG_VALUE("mask", mask, "must be a 32-bit unsigned integer or an octal string");
      }
    } else {
      validateInteger(mask, "mask", 0, 0xffffffff);
    }
  }
  return 0o22;
}

const validateExitCode = (code) => {
  // An integer, or a string holding one (Node keeps the string).
  if (code === null || code === undefined) return;
  if (typeof code === "string" && code !== "" && Number.isInteger(+code)) return;
  validateInteger(code, "code");
};

// process.exit(): as on Workers, it ends the request ('exit' listeners
// run first, as in Node). nano cannot stop the script from JavaScript:
// the error thrown fails the request unless the script catches it.
// (The lead may replace the throw with a native that terminates the
// execution, as workerd does.)
function exit(code = undefined) {
  if (code !== undefined) {
    validateExitCode(code);
    exitCode = code;
  }
  if (!exiting) {
    exiting = true;
    process.emit("exit", exitCode === undefined || exitCode === null ? 0 : +exitCode);
  }
  const err = new SafeError(`The Node.js process.exit(${exitCode ?? 0}) API was called. Canceling the request.`);
  captureStackTrace(err, exit);
  throw err;
}
const reallyExit = (code) => {
  throw new SafeError(`The Node.js process.exit(${code ?? 0}) API was called. Canceling the request.`);
};
const abort = () => exit(1);

// process.emitWarning(warning[, type[, code]][, ctor]) or
// (warning, { type, code, detail, ctor }): a 'warning' event (next tick)
// and Node's "(node:1) [code] Type: message" on stderr.
function emitWarning(warning, type = undefined, code = undefined, ctor = undefined) {
  let detail;
  if (type !== null && typeof type === "object" && !isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === "string") detail = type.detail;
    type = type.type || "Warning";
  } else if (typeof type === "function") {
    ctor = type;
    code = undefined;
    type = "Warning";
  }
  if (type !== undefined) validateString(type, "type");
  if (typeof code === "function") {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, "code");
  }
  if (typeof warning === "string") {
    const err = new SafeError(warning);
    err.name = SafeString(type || "Warning");
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    captureStackTrace(err, ctor || process.emitWarning);
    warning = err;
  } else if (!(warning instanceof SafeError)) {
    throw new ERR_INVALID_ARG_TYPE("warning", ["Error", "string"], warning);
  }
  if (warning.name === "DeprecationWarning") {
    if (noDeprecation) return;
    if (throwDeprecation) throw warning;
  }
  nextTick(deliverWarning, warning);
}

function deliverWarning(warning) {
  process.emit("warning", warning);
  // Printed whether or not there are listeners, as Node does.
  let text;
  try {
    const trace = warning.name === "DeprecationWarning" ? traceDeprecation : false;
    text = trace && warning.stack ? warning.stack : `${warning.name}: ${warning.message}`;
  } catch {
    text = "Warning";
  }
  const prefix = typeof warning.code === "string" ? `[${warning.code}] ` : "";
  const detail = typeof warning.detail === "string" ? `\n${warning.detail}` : "";
  errorLog(`(node:1) ${prefix}${text}${detail}`);
}

function getBuiltinModule(id) {
  validateString(id, "id");
  return builtinModuleLookup === null ? undefined : builtinModuleLookup(id);
}
// The lead wires node:module's lookup: (id) -> the module's default
// export (for "fs", "node:fs", ...), or undefined when there is none.
export const setBuiltinModuleLookup = (fn) => {
  builtinModuleLookup = fn;
};

// ---- stdout / stderr / stdin ----

// Writes go to the request's log (console): one entry per write, its
// trailing newline dropped. Not TTYs.
class StdioWriter extends EventEmitter {
  #log;
  constructor(fd, log) {
    super();
    this.#log = log;
    this.fd = fd;
  }
  write(chunk, encoding = undefined, callback = undefined) {
    if (typeof encoding === "function") callback = encoding;
    let text;
    if (typeof chunk === "string") text = chunk;
    else if (ArrayBuffer.isView(chunk)) text = decodeUtf8(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else throw new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "TypedArray", "DataView"], chunk);
    if (text.endsWith("\n")) text = text.slice(0, -1);
    this.#log(text);
    if (typeof callback === "function") nextTick(callback, null);
    return true;
  }
  end(chunk = undefined, encoding = undefined, callback = undefined) {
    if (typeof chunk === "function") callback = chunk;
    else if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === "function") nextTick(callback);
    return this;
  }
  cork() {}
  uncork() {}
  setDefaultEncoding() {
    return this;
  }
  hasColors() {
    return false;
  }
  getColorDepth() {
    return 1;
  }
  getWindowSize() {
    return [80, 24];
  }
  get isTTY() {
    return false;
  }
  get writable() {
    return true;
  }
  get writableLength() {
    return 0;
  }
  get writableHighWaterMark() {
    return 16384;
  }
}
const stdout = new StdioWriter(1, console.log);
const stderr = new StdioWriter(2, console.error);

// stdin: empty (as `node script < /dev/null`): 'end' on the first read.
class StdinReader extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
  }
  read() {
    return null;
  }
  resume() {
    nextTick(() => this.emit("end"));
    return this;
  }
  pause() {
    return this;
  }
  setEncoding() {
    return this;
  }
  setRawMode() {
    return this;
  }
  get isTTY() {
    return false;
  }
  get readable() {
    return false;
  }
}
const stdin = new StdinReader();

// ---- The object ----

// Names Node's process has that a sandbox cannot offer: they throw
// ERR_METHOD_NOT_IMPLEMENTED.
const UNSUPPORTED = [
  "binding",
  "_linkedBinding",
  "dlopen",
  "kill",
  "_kill",
  "chdir",
  "cpuUsage",
  "threadCpuUsage",
  "setuid",
  "setgid",
  "seteuid",
  "setegid",
  "setgroups",
  "initgroups",
  "setUncaughtExceptionCaptureCallback",
  "hasUncaughtExceptionCaptureCallback",
  "getActiveResourcesInfo",
  "loadEnvFile",
  "execve",
  "_debugProcess",
];

class Process extends EventEmitter {}
defineProperty(Process, "name", { value: "process" });
defineProperty(Process.prototype, Symbol.toStringTag, { value: "process", configurable: true });
const process = new Process();

const accessor = (get, set = undefined) => ({ get, set, enumerable: true, configurable: true });
const value = (v) => ({ value: v, writable: true, enumerable: true, configurable: true });

const properties = {
  version: value(version),
  versions: value(versions),
  arch: value("x64"),
  platform: value("linux"),
  release: value(release),
  features: value(features),
  config: value(config),
  title: accessor(
    () => title,
    (v) => {
      title = `${v}`;
    },
  ),
  argv: value(freeze(["node"])),
  argv0: value("node"),
  execArgv: value(freeze([])),
  execPath: value(""),
  pid: value(1),
  ppid: value(0),
  debugPort: value(0),
  allowedNodeEnvironmentFlags: value(allowedNodeEnvironmentFlags),
  env: accessor(() => env, (v) => {
    // process.env = { ... }: a new env of those values (as strings).
    validateObject(v, "process.env");
    const target = {};
    for (const name of Object.keys(v)) target[name] = `${v[name]}`;
    env = new Proxy(target, envHandler);
  }),
  exitCode: accessor(
    () => exitCode,
    (code) => {
      validateExitCode(code);
      exitCode = code;
    },
  ),
  noDeprecation: accessor(
    () => noDeprecation,
    (v) => {
      noDeprecation = !!v;
    },
  ),
  throwDeprecation: accessor(
    () => throwDeprecation,
    (v) => {
      throwDeprecation = !!v;
    },
  ),
  traceDeprecation: accessor(
    () => traceDeprecation,
    (v) => {
      traceDeprecation = !!v;
    },
  ),
  _exiting: accessor(() => exiting),
  cwd: value(() => "/"),
  umask: value(umask),
  nextTick: value(nextTick),
  hrtime: value(hrtime),
  uptime: value(uptime),
  memoryUsage: value(memoryUsage),
  resourceUsage: value(resourceUsage),
  constrainedMemory: value(() => 0),
  availableMemory: value(() => 0),
  emitWarning: value(emitWarning),
  exit: value(exit),
  reallyExit: value(reallyExit),
  abort: value(abort),
  getBuiltinModule: value(getBuiltinModule),
  getuid: value(() => 0),
  geteuid: value(() => 0),
  getgid: value(() => 0),
  getegid: value(() => 0),
  getgroups: value(() => [0]),
  setSourceMapsEnabled: value((enabled) => validateBoolean(enabled, "enabled")),
  sourceMapsEnabled: value(false),
  ref: value(() => {}),
  unref: value(() => {}),
  stdout: value(stdout),
  stderr: value(stderr),
  stdin: value(stdin),
  openStdin: value(() => stdin),
  _rawDebug: value((...args) => errorLog(...args)),
  _getActiveRequests: value(() => []),
  _getActiveHandles: value(() => []),
  _tickCallback: value(() => {}),
  _preload_modules: value(freeze([])),
  moduleLoadList: value(freeze([])),
  domain: value(null),
  channel: value(undefined),
  connected: value(false),
  report: value(
    freeze({
      compact: false,
      directory: "",
      filename: "",
      reportOnFatalError: false,
      reportOnSignal: false,
      reportOnUncaughtException: false,
      signal: "SIGUSR2",
      excludeNetwork: false,
      getReport: () => ({}),
      writeReport: notImplemented("process.report.writeReport"),
    }),
  ),
  permission: value(freeze({ has: () => false })),
  finalization: value(
    freeze({
      register: notImplemented("process.finalization.register"),
      registerBeforeExit: notImplemented("process.finalization.registerBeforeExit"),
      unregister: notImplemented("process.finalization.unregister"),
    }),
  ),
};
for (const name of UNSUPPORTED) properties[name] = value(notImplemented(`process.${name}`));
Object.defineProperties(process, properties);

// Other node modules report their warnings through process.emitWarning.
setWarningSink((warning) => process.emitWarning(warning));

// An uncaught error (reportError) goes to the 'uncaughtException'
// listeners when there are any: the lead calls this from nano's error
// reporting; true when a listener took it.
export const dispatchUncaughtException = (error) => {
  if (process.listenerCount("uncaughtException") === 0) return false;
  process.emit("uncaughtException", error, "uncaughtException");
  return true;
};

// After each request: what it could change on process.
export const resetNodeState = () => {
  setProcessEnv(null);
  exitCode = undefined;
  title = "node";
  noDeprecation = false;
  throwDeprecation = false;
  traceDeprecation = false;
  exiting = false;
  warnedEnvValue = false;
  // The emitters' listeners: the realm's reset puts them back (nano/realm.js).
};

// Named exports: Node's module.exports keys. env, exitCode and title are
// live bindings of the request's values.
export { env, exitCode, title };
export {
  version,
  versions,
  release,
  features,
  config,
  nextTick,
  hrtime,
  uptime,
  memoryUsage,
  resourceUsage,
  emitWarning,
  exit,
  reallyExit,
  abort,
  umask,
  getBuiltinModule,
  stdout,
  stderr,
  stdin,
  allowedNodeEnvironmentFlags,
};
export const arch = "x64";
export const platform = "linux";
export const argv = process.argv;
export const argv0 = "node";
export const execArgv = process.execArgv;
export const execPath = "";
export const pid = 1;
export const ppid = 0;
export const cwd = process.cwd;
export const getuid = process.getuid;
export const geteuid = process.geteuid;
export const getgid = process.getgid;
export const getegid = process.getegid;
export const getgroups = process.getgroups;
export const {
  binding,
  _linkedBinding,
  dlopen,
  kill,
  chdir,
  cpuUsage,
  threadCpuUsage,
  setuid,
  setgid,
  seteuid,
  setegid,
  setgroups,
  initgroups,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  getActiveResourcesInfo,
  loadEnvFile,
  constrainedMemory,
  availableMemory,
  setSourceMapsEnabled,
  openStdin,
  report,
  permission,
  finalization,
  ref,
  unref,
} = process;
export default process;
