'use strict';
// nano's own stand-in for Node's test/common/index.js: what Node's tests take
// from `require('../common')`, written for a Workers script with Node
// compatibility (no fs, net, os, child_process or worker_threads). It uses
// only `assert` and `util` (both required lazily, so a test that uses neither
// still loads when one of them is missing) and globals.
//
// Node checks common.mustCall() counts in a process 'exit' listener. A script
// never exits, so the harness (entry.mjs) calls `common.__finish()` at the end
// of its request: it waits until the test's work settles, then plays Node's
// exit (process 'beforeExit' and 'exit' listeners, the mustCall checks, the
// leaked-globals check) and returns the result. The `__*` names are the
// harness's; no Node test uses them.

// Captured before any test runs: tests delete and replace these globals
// (and monkey-patch built-ins: Object.keys, Function.prototype.apply, ...).
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectKeys = Object.keys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
const realSetImmediate = globalThis.setImmediate;
const realClearImmediate = globalThis.clearImmediate;
const realPromise = Promise;
const realDateNow = Date.now;
const perf = globalThis.performance;
const now = () => (perf && typeof perf.now === 'function' ? perf.now() : realDateNow());

// Some tests tamper with the process global; keep the one we started with.
const process = globalThis.process;
const hasProcessEvents = () =>
  process != null && typeof process.on === 'function' && typeof process.emit === 'function';

let assertModule;
function assert() {
  if (assertModule === undefined) assertModule = require('assert');
  return assertModule;
}
let utilModule;
function util() {
  if (utilModule === undefined) {
    try {
      utilModule = require('util');
    } catch {
      utilModule = null;
    }
  }
  return utilModule;
}
function inspect(value, options) {
  const u = util();
  if (u && typeof u.inspect === 'function') return u.inspect(value, options);
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const noop = () => {};

// ---------------------------------------------------------------------------
// Harness state: what __finish() reports.

const state = {
  started: false,
  finished: false,
  failures: [], // strings
  errors: [], // uncaught errors (values), in order
  skipped: null, // the skip message, once common.skip() ran
  exitCode: undefined, // from process.exit() (intercepted) or an uncaught error
  progress: 0, // bumped by every mustCall call, timer callback and settled promise
  pending: new Set(), // promises the harness waits for (node:test's queue, an ES test's import)
  timers: new Set(), // timers made through the globals while the test ran
  fixtures: null, // name -> string (utf8) | { base64 }
  log: [], // printSkipMessage and the like
};

function fail(message) {
  if (!state.finished) state.failures.push(String(message));
}

// Reading a stack runs Error.prepareStackTrace, which a test may have
// replaced (even with common.mustNotCall()).
function stackOf(err) {
  try {
    const stack = err.stack;
    if (typeof stack === 'string') return stack;
  } catch {
    // fall through
  }
  try {
    return `${err.name}: ${err.message}`;
  } catch {
    return '<an error whose stack cannot be read>';
  }
}

function describeError(err) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function') && 'message' in err) {
    return stackOf(err);
  }
  try {
    return `Uncaught ${inspect(err)}`;
  } catch {
    return 'Uncaught <a value that cannot be inspected>';
  }
}

// The marker common.skip() throws: Node prints "1..0 # Skipped" and exits 0;
// here the throw ends the test's top level (or the callback it ran in) and the
// harness reports the test as skipped.
class SkipError extends Error {
  constructor(message) {
    super(`Skipped: ${message}`);
    this.name = 'NodeTestSkip';
    this.skipMessage = String(message);
  }
}
Object.defineProperty(SkipError.prototype, '__nodeTestSkip', { value: true });
const isSkip = (err) => err != null && err.__nodeTestSkip === true;

// The marker process.exit() throws once the harness has replaced it.
class ExitSignal extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.name = 'NodeTestExit';
    this.exitCode = code;
  }
}
Object.defineProperty(ExitSignal.prototype, '__nodeTestExit', { value: true });
const isExit = (err) => err != null && err.__nodeTestExit === true;

// An error nobody handled: Node would print it and exit with 1.
function recordError(err) {
  if (state.finished) return;
  if (isSkip(err)) {
    if (state.skipped === null) state.skipped = err.skipMessage;
    return;
  }
  if (isExit(err)) {
    if (state.exitCode === undefined) state.exitCode = err.exitCode;
    return;
  }
  state.progress++;
  state.errors.push(err);
  fail(describeError(err));
  if (state.exitCode === undefined) state.exitCode = 1;
}

// An uncaught error (or rejection) as Node treats it: the process's
// 'uncaughtException' ('unhandledRejection') listeners get it when there are
// any; else it fails the test. common.skip() and process.exit() markers end
// the test instead.
function uncaught(err, rejection = false, promise = undefined) {
  if (state.finished) return;
  if (isSkip(err) || isExit(err)) {
    recordError(err);
    return;
  }
  const event = rejection ? 'unhandledRejection' : 'uncaughtException';
  if (listenerCount(event) > 0) {
    state.progress++;
    try {
      if (rejection) process.emit(event, err, promise);
      else process.emit(event, err, 'uncaughtException');
    } catch (thrown) {
      recordError(thrown);
    }
    return;
  }
  if (rejection && listenerCount('uncaughtException') > 0) {
    // Node's default (--unhandled-rejections=throw) raises it as an uncaught exception.
    uncaught(err, false);
    return;
  }
  recordError(err);
}

function track(promise) {
  const p = realPromise.resolve(promise);
  state.pending.add(p);
  p.then(
    () => {
      state.pending.delete(p);
      state.progress++;
    },
    (err) => {
      state.pending.delete(p);
      recordError(err);
    });
  return p;
}

// ---------------------------------------------------------------------------
// Platform.

const platform = process?.platform ?? 'linux';
const arch = process?.arch ?? 'x64';
const isWindows = platform === 'win32';
const isSunOS = platform === 'sunos';
const isFreeBSD = platform === 'freebsd';
const isOpenBSD = platform === 'openbsd';
const isLinux = platform === 'linux';
const isMacOS = platform === 'darwin';
const bits = ['arm64', 'loong64', 'mips', 'mipsel', 'ppc64', 'riscv64', 's390x', 'x64']
  .includes(arch) ? 64 : 32;

const hasIntl = typeof Intl === 'object' && Intl !== null &&
  typeof Intl.DateTimeFormat === 'function';
const hasFullICU = (() => {
  try {
    return new Intl.DateTimeFormat('es', { month: 'long' }).format(new Date(9e8)) === 'enero';
  } catch {
    return false;
  }
})();

let hasCryptoValue;
function hasCrypto() {
  if (hasCryptoValue === undefined) {
    try {
      const crypto = require('crypto');
      hasCryptoValue = typeof crypto.createHash === 'function';
    } catch {
      hasCryptoValue = false;
    }
  }
  return hasCryptoValue;
}

function platformTimeout(ms) {
  return ms;
}

// ---------------------------------------------------------------------------
// mustCall and friends.

const mustCallChecks = [];
let exiting = false;

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  for (const context of mustCallChecks) {
    let ok;
    if ('minimum' in context) {
      context.messageSegment = `at least ${context.minimum}`;
      ok = context.actual >= context.minimum;
    } else {
      context.messageSegment = `exactly ${context.exact}`;
      ok = context.actual === context.exact;
    }
    if (!ok) {
      fail(`Mismatched ${context.name} function calls. Expected ${context.messageSegment}, ` +
           `actual ${context.actual}.\n${stackOf(context.error).split('\n').slice(2).join('\n')}`);
    }
  }
}

function mustCall(fn, exact) {
  return mustCallInner(fn, exact, 'exact');
}

function mustCallAtLeast(fn, minimum) {
  return mustCallInner(fn, minimum, 'minimum');
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert().ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function mustCallInner(fn, criteria = 1, field) {
  if (exiting) throw new Error('Cannot use common.mustCall*() in process exit handler');
  if (typeof fn === 'number') {
    criteria = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (typeof criteria !== 'number') throw new TypeError(`Invalid ${field} value: ${criteria}`);

  // The stack is read only if the check fails.
  const context = {
    [field]: criteria,
    actual: 0,
    error: new Error(),
    name: fn.name || '<anonymous>',
  };
  // As Node: the checks run in a process 'exit' listener added with the
  // first mustCall, so they run in order with the test's own listeners.
  if (mustCallChecks.length === 0 && hasProcessEvents()) process.on('exit', runCallChecks);
  mustCallChecks.push(context);

  const wrapped = function() {
    context.actual++;
    state.progress++;
    return ReflectApply(fn, this, arguments);
  };
  ObjectDefineProperties(wrapped, {
    name: { value: fn.name, writable: false, enumerable: false, configurable: true },
    length: { value: fn.length, writable: false, enumerable: false, configurable: true },
  });
  return wrapped;
}

function callSite() {
  // The caller of mustNotCall's caller, as "file:line".
  const lines = stackOf(new Error()).split('\n').slice(3);
  const line = lines.find((l) => /\d+:\d+\)?\s*$/.test(l)) || '';
  const m = /\(?([^()\s]+):(\d+):\d+\)?\s*$/.exec(line);
  return m ? `${m[1]}:${m[2]}` : '<unknown>';
}

function mustNotCall(msg) {
  const site = callSite();
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map((arg) => inspect(arg)).join(', ')}` : '';
    assert().fail(`${msg || 'function should not have been called'} at ${site}` + argsInfo);
  };
}

const mustNotMutateProxies = new WeakMap();
function mustNotMutateObjectDeep(original) {
  if (original === null || typeof original !== 'object') return original;
  const cached = mustNotMutateProxies.get(original);
  if (cached) return cached;
  const handler = {
    __proto__: null,
    defineProperty(target, property) {
      assert().fail(`Expected no side effects, got ${inspect(property)} defined`);
    },
    deleteProperty(target, property) {
      assert().fail(`Expected no side effects, got ${inspect(property)} deleted`);
    },
    get(target, prop, receiver) {
      return mustNotMutateObjectDeep(Reflect.get(target, prop, receiver));
    },
    preventExtensions(target) {
      assert().fail(`Expected no side effects, got extensions prevented on ${inspect(target)}`);
    },
    set(target, property, value) {
      assert().fail(`Expected no side effects, got ${inspect(value)} assigned to ${inspect(property)}`);
    },
    setPrototypeOf(target, prototype) {
      assert().fail(`Expected no side effects, got set prototype to ${prototype}`);
    },
  };
  const proxy = new Proxy(original, handler);
  mustNotMutateProxies.set(original, proxy);
  return proxy;
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert().fail(`Expected one argument, got ${inspect(args)}`);
    const error = args.pop();
    // The error message should be non-enumerable.
    assert().strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'), false);
    assert().throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

// ---------------------------------------------------------------------------
// Warnings (process 'warning' events, as process.emitWarning() makes them).

function expectedWarningCheck(name, expected, code) {
  if (typeof expected === 'string') {
    expected = [[expected, code]];
  } else if (!Array.isArray(expected)) {
    expected = Object.entries(expected).map(([a, b]) => [b, a]);
  } else if (expected.length !== 0 && !Array.isArray(expected[0])) {
    expected = [[expected[0], expected[1]]];
  }
  if (name === 'DeprecationWarning') {
    expected.forEach(([, c]) => assert()(c, `Missing deprecation code: ${expected}`));
  }
  return mustCall((warning) => {
    const expectedProperties = expected.shift();
    if (!expectedProperties) assert().fail(`Unexpected extra warning received: ${warning}`);
    const [message, c] = expectedProperties;
    assert().strictEqual(warning.name, name);
    if (typeof message === 'string') {
      assert().strictEqual(warning.message, message);
    } else {
      assert().match(warning.message, message);
    }
    assert().strictEqual(warning.code, c);
  }, expected.length);
}

let catchWarning;
function expectWarning(nameOrMap, expected, code) {
  if (catchWarning === undefined) {
    catchWarning = {};
    if (!hasProcessEvents()) throw new Error('common.expectWarning needs process.on');
    process.on('warning', (warning) => {
      if (!catchWarning[warning.name]) {
        throw new TypeError(`"${warning.name}" was triggered without being expected.\n${inspect(warning)}`);
      }
      catchWarning[warning.name](warning);
    });
  }
  if (typeof nameOrMap === 'string') {
    catchWarning[nameOrMap] = expectedWarningCheck(nameOrMap, expected, code);
  } else {
    Object.keys(nameOrMap).forEach((name) => {
      catchWarning[name] = expectedWarningCheck(name, nameOrMap[name]);
    });
  }
}

// ---------------------------------------------------------------------------
// Skips.

function printSkipMessage(msg) {
  const line = `1..0 # Skipped: ${msg}`;
  state.log.push(line);
  console.log(line);
}

function skip(msg) {
  printSkipMessage(msg);
  if (state.skipped === null) state.skipped = String(msg);
  throw new SkipError(msg);
}

const NO_PROCESSES = 'child processes are not available in nano';
function skipIfInspectorDisabled() { skip('V8 inspector is disabled'); }
function skipIf32Bits() { if (bits < 64) skip('The tested feature is not available in 32bit builds'); }
function skipIfSQLiteMissing() { skip('missing SQLite'); }
function skipIfEslintMissing() { skip('missing ESLint'); }
function spawnPromisified() { skip(NO_PROCESSES); }
function childShouldThrowAndAbort() { skip(NO_PROCESSES); }
function escapePOSIXShell() { skip(NO_PROCESSES); }
function requireNoPackageJSONAbove() {}
function canCreateSymLink() { return false; }
function isAlive() { return false; }
function isPi() { return false; }
function getTTYfd() { return -1; }
function runWithInvalidFD() { printSkipMessage('Could not generate an invalid fd'); }
function resolveBuiltBinary() { skip('no Node.js build directory in nano'); }
function parseTestMetadata() { return { flags: [], envs: {} }; }

function nodeProcessAborted(exitCode, signal) {
  if (signal !== null && signal !== undefined) return ['SIGILL', 'SIGTRAP', 'SIGABRT'].includes(signal);
  return [132, 133, 134].includes(exitCode);
}

function sleepSync(ms) {
  // Atomics.wait is not allowed on a Workers thread; spin instead.
  const end = now() + ms;
  while (now() < end);
}

// ---------------------------------------------------------------------------
// Values tests build inputs from.

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const types = [
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, globalThis.Float16Array, Float32Array, Float64Array, BigInt64Array,
    BigUint64Array, DataView,
  ].filter(Boolean);
  for (const type of types) {
    const { BYTES_PER_ELEMENT = 1 } = type;
    if (byteLength % BYTES_PER_ELEMENT === 0) {
      out.push(new type(buffer, byteOffset, byteLength / BYTES_PER_ELEMENT));
    }
  }
  return out;
}

function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

// The " Received ..." tail of an ERR_INVALID_ARG_TYPE message.
function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor?.name) return ` Received an instance of ${input.constructor.name}`;
    return ` Received ${inspect(input, { depth: -1 })}`;
  }
  let inspected = inspect(input, { colors: false });
  // Node's own helper calls slice(inspected, 0, 25), which is slice(0, 25).
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${inspected})`;
}

function expectRequiredModule(mod, expectation, checkESModule = true) {
  const clone = { ...mod };
  if (Object.hasOwn(mod, 'default') && checkESModule) {
    assert().strictEqual(mod.__esModule, true);
    delete clone.__esModule;
  }
  assert()(util()?.types?.isModuleNamespaceObject(mod));
  assert().deepStrictEqual(clone, { ...expectation });
}

function expectRequiredTLAError(err) {
  const message = /require\(\) cannot be used on an ESM graph with top-level await/;
  if (typeof err === 'string') {
    assert().match(err, /ERR_REQUIRE_ASYNC_MODULE/);
    assert().match(err, message);
  } else {
    assert().strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
    assert().match(err.message, message);
  }
}

// ---------------------------------------------------------------------------
// Leaked globals: Node fails a test that leaves a global it did not declare.
// Names present when common loads (nano's globals) are known; so are values
// allowGlobals() names.

const knownGlobalNames = new Set(ObjectKeys(globalThis));
const knownGlobalValues = new Set();
function allowGlobals(...allowlist) {
  for (const val of allowlist) knownGlobalValues.add(val);
}
function leakedGlobals() {
  const leaked = [];
  for (const name of ObjectKeys(globalThis)) {
    if (knownGlobalNames.has(name)) continue;
    let value;
    try {
      value = globalThis[name];
    } catch {
      continue;
    }
    if (!knownGlobalValues.has(value)) leaked.push(name);
  }
  return leaked;
}

// ---------------------------------------------------------------------------
// The harness: timers the test makes, process.exit, and the end of the test.

// Wraps the global timers so the harness knows when the test may still have
// work queued. A timer counts until it fires or is cleared, or until its due
// time is well past (so one cleared through node:timers, or through
// timeout.close(), does not hold the test until the deadline); one whose
// handle says hasRef() === false (unref'd) does not count, as in Node.
const GRACE_MS = 100;
function wrapTimers() {
  const wrap = (name, real, repeat, immediate) => {
    if (typeof real !== 'function') return;
    const wrapper = {
      [name](callback, delay, ...args) {
        if (typeof callback !== 'function') return ReflectApply(real, this, arguments);
        const ms = immediate ? 0 : Math.max(1, Number(delay) || 1);
        const record = { handle: undefined, due: now() + ms, ms, repeat };
        const cb = function() {
          // An unref'd timer firing is not progress: an unref'd interval
          // would keep the test from ever being quiet.
          if (refed(record.handle)) state.progress++;
          if (repeat) record.due = now() + record.ms;
          else state.timers.delete(record);
          return ReflectApply(callback, this, arguments);
        };
        // setImmediate(cb, ...args) has no delay argument.
        record.handle = ReflectApply(real, this, [cb, delay, ...args]);
        state.timers.add(record);
        return record.handle;
      },
    }[name];
    copyOwnProperties(wrapper, real);
    setGlobal(name, wrapper);
  };
  const wrapClear = (name, real) => {
    if (typeof real !== 'function') return;
    const wrapper = {
      [name](handle) {
        for (const record of state.timers) {
          if (record.handle === handle || primitive(record.handle) === handle ||
              (handle != null && primitive(handle) === primitive(record.handle))) {
            state.timers.delete(record);
          }
        }
        return ReflectApply(real, this, arguments);
      },
    }[name];
    copyOwnProperties(wrapper, real);
    setGlobal(name, wrapper);
  };
  wrap('setTimeout', realSetTimeout, false, false);
  wrap('setInterval', realSetInterval, true, false);
  wrap('setImmediate', realSetImmediate, false, true);
  wrapClear('clearTimeout', realClearTimeout);
  wrapClear('clearInterval', realClearInterval);
  wrapClear('clearImmediate', realClearImmediate);
}

// A runtime may refuse (a frozen global): the harness then sees no timers and
// relies on the quiet period alone.
function setGlobal(name, value) {
  try {
    globalThis[name] = value;
  } catch {
    // leave the runtime's own
  }
}

function primitive(handle) {
  if (handle !== null && typeof handle === 'object') {
    try {
      return typeof handle[Symbol.toPrimitive] === 'function' ? handle[Symbol.toPrimitive]() : handle;
    } catch {
      return handle;
    }
  }
  return handle;
}

// name, length and the rest (e.g. util.promisify.custom) of the original.
function copyOwnProperties(target, source) {
  for (const key of ReflectOwnKeys(source)) {
    if (key === 'prototype') continue;
    const desc = ObjectGetOwnPropertyDescriptor(source, key);
    try {
      ObjectDefineProperty(target, key, desc);
    } catch {
      // A non-configurable property of the wrapper: leave it.
    }
  }
}

// Whether a timer handle keeps Node's loop alive (a number always does).
function refed(handle) {
  if (handle !== null && typeof handle === 'object' && typeof handle.hasRef === 'function') {
    try {
      return handle.hasRef() !== false;
    } catch {
      return true;
    }
  }
  return true;
}

function liveTimers() {
  const t = now();
  let n = 0;
  for (const record of state.timers) {
    if (!refed(record.handle)) continue;
    if (t > record.due + GRACE_MS + record.ms) {
      // Past due and not fired: cleared by other means, or an interval that
      // stopped. It no longer holds the test.
      state.timers.delete(record);
      continue;
    }
    n++;
  }
  return n;
}

let realExit;
function wrapProcessExit() {
  if (process == null || typeof process.exit !== 'function') return;
  realExit = process.exit;
  try {
    process.exit = function exit(code) {
      let c = code === undefined ? process.exitCode : code;
      c = c === undefined || c === null ? 0 : Number(c) | 0;
      throw new ExitSignal(c);
    };
  } catch {
    realExit = undefined;
  }
}

// Called by the harness inside the request, before the test module runs.
function start() {
  if (state.started) return;
  state.started = true;
  wrapTimers();
  wrapProcessExit();
}

const macrotask = () => new realPromise((resolve) => {
  if (typeof realSetTimeout === 'function') realSetTimeout(resolve, 0);
  else resolve();
});

function unsatisfiedMustCalls() {
  return mustCallChecks.some((c) => ('minimum' in c ? c.actual < c.minimum : c.actual < c.exact));
}

// Waits until nothing the harness can see is queued: no live timer, no
// tracked promise, and no progress for `quietMs` (for `slowQuietMs` while a
// mustCall still waits for calls: an async crypto or zlib operation may still
// be on its way). Stops at the first uncaught error, a skip, process.exit(),
// or at the deadline.
async function settle(deadline, quietMs, slowQuietMs) {
  let lastProgress = state.progress;
  let quietSince = now();
  for (;;) {
    await macrotask();
    const t = now();
    if (state.errors.length > 0 || state.skipped !== null || state.exitCode !== undefined) return 'stopped';
    if (t > deadline) return 'deadline';
    if (state.progress !== lastProgress) {
      lastProgress = state.progress;
      quietSince = t;
      continue;
    }
    if (liveTimers() > 0 || state.pending.size > 0) continue;
    const need = unsatisfiedMustCalls() ? slowQuietMs : quietMs;
    if (t - quietSince >= need) return 'quiet';
  }
}

function listenerCount(event) {
  if (!hasProcessEvents()) return 0;
  if (typeof process.listenerCount === 'function') return process.listenerCount(event);
  if (typeof process.listeners === 'function') return process.listeners(event).length;
  return 0;
}

function emitProcess(event, code) {
  try {
    process.emit(event, code);
  } catch (err) {
    recordError(err);
  }
}

// The end of the test: settle, 'beforeExit', settle, 'exit' (the mustCall
// checks run there), then the result. Options: timeoutMs (default 10000),
// quietMs (default 20), slowQuietMs (default 1000), leakCheck (default true).
async function finish(options = {}) {
  const { timeoutMs = 10000, quietMs = 20, slowQuietMs = 1000, leakCheck = true } = options;
  const started = now();
  const deadline = started + timeoutMs;
  let how = 'quiet';
  if (state.skipped === null) {
    how = await settle(deadline, quietMs, slowQuietMs);
    // Node emits 'beforeExit' when the loop empties; a listener may queue
    // more work, after which the loop empties and it is emitted again.
    for (let round = 0; how === 'quiet' && round < 10 && listenerCount('beforeExit') > 0; round++) {
      const before = state.progress;
      emitProcess('beforeExit', process.exitCode ?? 0);
      how = await settle(deadline, quietMs, slowQuietMs);
      if (state.progress === before && liveTimers() === 0) break;
    }
  }
  if (state.skipped !== null) return report('skipped', started);

  if (how === 'deadline') {
    const waiting = mustCallChecks.filter((c) => ('minimum' in c ? c.actual < c.minimum : c.actual < c.exact));
    fail(`timed out after ${timeoutMs} ms: ${liveTimers()} timer(s) and ${state.pending.size} promise(s) ` +
         `pending, ${waiting.length} mustCall function(s) still waiting`);
    if (state.exitCode === undefined) state.exitCode = 1;
  }

  // Node's exit.
  let code = state.exitCode;
  if (code === undefined) code = process?.exitCode ?? 0;
  code = Number(code) | 0;
  exiting = true;
  if (process != null) {
    try {
      process._exiting = true;
    } catch {
      // read-only
    }
    if (code !== 0 && state.exitCode !== undefined) {
      try {
        process.exitCode = code;
      } catch {
        // read-only
      }
    }
  }
  if (hasProcessEvents()) {
    emitProcess('exit', code);
  } else {
    runCallChecks(code);
  }
  // A listener may set process.exitCode.
  const finalCode = Number(process?.exitCode ?? code) | 0;
  if (finalCode !== 0 && state.failures.length === 0) fail(`exit code ${finalCode}`);
  if (leakCheck && code === 0) {
    const leaked = leakedGlobals();
    if (leaked.length > 0) fail(`Unexpected global(s) found: ${leaked.join(', ')}`);
  }
  if (realExit !== undefined) {
    try {
      process.exit = realExit;
    } catch {
      // leave it
    }
  }
  return report(state.failures.length === 0 ? 'passed' : 'failed', started, finalCode);
}

function report(status, started, exitCode = 0) {
  state.finished = true;
  return {
    ok: status === 'passed',
    status, // 'passed' | 'failed' | 'skipped'
    skipped: status === 'skipped' ? state.skipped : null,
    error: state.failures[0] ?? null,
    failures: state.failures.slice(),
    exitCode,
    mustCalls: mustCallChecks.length,
    settleMs: Math.round(now() - started),
    log: state.log.slice(),
  };
}

function setFixtures(map) {
  state.fixtures = map || null;
}

// ---------------------------------------------------------------------------

const common = {
  allowGlobals,
  buildType: 'Release',
  canCreateSymLink,
  childShouldThrowAndAbort,
  defaultAutoSelectFamilyAttemptTimeout: 250,
  escapePOSIXShell,
  expectsError,
  expectRequiredModule,
  expectRequiredTLAError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getTTYfd,
  hasIntl,
  hasFullICU,
  get hasCrypto() { return hasCrypto(); },
  hasQuic: false,
  hasInspector: false,
  hasSQLite: false,
  invalidArgTypeHelper,
  isAlive,
  isASan: false,
  isDebug: false,
  isFreeBSD,
  isLinux,
  isOpenBSD,
  isMacOS,
  isPi,
  isSunOS,
  isWindows,
  isAIX: false,
  isIBMi: false,
  localIPv6Hosts: ['localhost', 'ip6-localhost', 'ip6-loopback'],
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  nodeProcessAborted,
  PIPE: '/tmp/node-test.sock',
  parseTestMetadata,
  platformTimeout,
  printSkipMessage,
  pwdCommand: ['pwd', []],
  requireNoPackageJSONAbove,
  resolveBuiltBinary,
  runWithInvalidFD,
  skip,
  skipIf32Bits,
  skipIfEslintMissing,
  skipIfInspectorDisabled,
  skipIfSQLiteMissing,
  spawnPromisified,
  sleepSync,
  usesSharedLibrary: false,
  // A Workers isolate has 128 MiB: not enough for the tests that ask.
  enoughTestMem: false,
  hasIPv6: false,
  inFreeBSDJail: false,
  localhostIPv4: '127.0.0.1',
  get PORT() { skip('no sockets in nano'); },
  isInsideDirWithUnusualChars: false,

  // The harness's (entry.mjs, node_test.js, fixtures.js).
  __start: start,
  __finish: finish,
  __recordError: recordError,
  __uncaught: uncaught,
  __track: track,
  __fail: fail,
  __isSkip: isSkip,
  __isExit: isExit,
  __setFixtures: setFixtures,
  get __fixtures() { return state.fixtures; },
  __SkipError: SkipError,
  __state: state,
};

// As Node's: a name common lacks is a mistake in the test (or in this file).
// Names module loaders probe (`then`, `__esModule`, `default`) are let through.
const validProperties = new Set(Object.keys(common));
const probedNames = new Set(['then', '__esModule', 'default', 'toJSON', 'constructor']);
module.exports = new Proxy(common, {
  get(obj, prop) {
    if (typeof prop === 'string' && !validProperties.has(prop) && !probedNames.has(prop)) {
      throw new Error(`Using invalid common property: '${prop}'`);
    }
    return obj[prop];
  },
});
